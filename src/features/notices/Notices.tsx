/**
 * Notices for the reader (a link naming an event or actor that does not exist). The live region is
 * always in the page, so that screen readers announce notices added after load.
 */
import { useDatelineStore } from '../../store/store.ts';
import './notices.css';

export function Notices() {
  const notices = useDatelineStore((state) => state.notices);
  const dismissNotice = useDatelineStore((state) => state.dismissNotice);
  return (
    <div role="status" aria-label="Notices" className="notices">
      {notices.map((notice) => (
        <p key={notice.id} className="notices__notice">
          <span>{notice.message}</span>
          <button type="button" onClick={() => dismissNotice(notice.id)}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
