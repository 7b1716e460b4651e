/**
 * "Copy link": copies the page's address, which always holds the current view (src/url keeps it
 * in step), and says "Link copied" in a status. When copying is impossible it shows the link,
 * selected, for the reader to copy by hand.
 */
import { useEffect, useRef, useState } from 'react';
import { copyText } from './copy-text.ts';
import './share.css';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

const STATUS_MS = 4000;

export function CopyLinkButton() {
  const [copyState, setCopyState] = useState<CopyState>({ kind: 'idle' });
  const manualRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (copyState.kind === 'manual') manualRef.current?.select();
    if (copyState.kind !== 'copied') return undefined;
    const timer = setTimeout(() => setCopyState({ kind: 'idle' }), STATUS_MS);
    return () => clearTimeout(timer);
  }, [copyState]);

  async function copyLink(): Promise<void> {
    const url = window.location.href;
    setCopyState((await copyText(url)) ? { kind: 'copied' } : { kind: 'manual', url });
  }

  return (
    <div className="share">
      <button type="button" onClick={() => void copyLink()}>
        Copy link
      </button>
      <span role="status" className="share__status">
        {copyState.kind === 'copied' ? 'Link copied' : ''}
      </span>
      {copyState.kind === 'manual' && (
        <label className="share__manual">
          <span>Copying is blocked here; copy this link</span>
          <input ref={manualRef} type="text" readOnly value={copyState.url} />
        </label>
      )}
    </div>
  );
}
