import { useState } from 'react';

/**
 * In a browser, overdue follow-ups can raise a notification once the recruiter allows it; this asks, once, and
 * only when there is something overdue. The desktop app notifies through the system without asking.
 */
export function NotificationPermission({ overdue }: { overdue: number }) {
  const supported = typeof Notification !== 'undefined' && !('rapport' in window);
  const [permission, setPermission] = useState(() => (supported ? Notification.permission : 'denied'));
  if (!supported || permission !== 'default' || overdue === 0) return null;
  return (
    <div className="alert alert-info today-notify">
      <div className="alert-body">
        <p>
          {overdue === 1 ? 'A follow-up is' : `${overdue} follow-ups are`} overdue. Get a notification when
          one falls due?
        </p>
      </div>
      <button
        type="button"
        className="button"
        onClick={() => void Notification.requestPermission().then(setPermission)}
      >
        Turn on notifications
      </button>
    </div>
  );
}
