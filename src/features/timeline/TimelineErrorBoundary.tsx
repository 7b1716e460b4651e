import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  message: string | null;
}

/**
 * Catches a failure of the timeline (vis-timeline throwing on creation or on bad data) and says so
 * in its place; the list and the detail panel live outside it and keep working.
 */
export class TimelineErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { message: null };

  static getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('The timeline failed', error, info.componentStack);
  }

  override render() {
    if (this.state.message === null) return this.props.children;
    return (
      <div className="timeline__error" role="alert">
        <p>The timeline could not be shown ({this.state.message}). The list of events and the details still work.</p>
        <button type="button" onClick={() => this.setState({ message: null })}>
          Try the timeline again
        </button>
      </div>
    );
  }
}
