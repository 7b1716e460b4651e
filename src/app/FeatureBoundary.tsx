/**
 * An error boundary around one feature: if it throws while rendering, a message takes its place
 * and the rest of the page keeps working. It resets when `resetKey` changes (say, another event
 * is selected), so one bad event does not disable the feature for good.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface FeatureBoundaryProps {
  /** What the feature is, in the user's words: "The event details". */
  name: string;
  /** Names the message's region, so it appears where the feature's region was. */
  regionLabel?: string;
  resetKey?: unknown;
  children: ReactNode;
}

interface FeatureBoundaryState {
  error: Error | null;
  resetKey: unknown;
}

export class FeatureBoundary extends Component<FeatureBoundaryProps, FeatureBoundaryState> {
  override state: FeatureBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<FeatureBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: FeatureBoundaryProps,
    state: FeatureBoundaryState,
  ): Partial<FeatureBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.name} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="feature-error" aria-label={this.props.regionLabel ?? this.props.name}>
        <p role="alert">
          {this.props.name} could not be shown: {error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </section>
    );
  }
}
