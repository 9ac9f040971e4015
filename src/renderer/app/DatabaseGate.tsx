import { useEffect, useState, type ReactNode } from 'react';
import type { DatabaseStatus } from '../../shared/schemas/databaseStatus.ts';
import { api } from '../api/api.ts';
import { databaseDamage } from '../api/databaseDamage.ts';
import { useStoreSelector } from '../lib/useStoreSelector.ts';
import { RecoveryScreen } from '../recovery/RecoveryScreen.tsx';

const checkingPollMs = 1000;

/**
 * The app, until the database turns out to be damaged: then the recovery screen instead. It asks the backend
 * while the check at start is running, and listens for any call that met the damage later.
 */
export function DatabaseGate({ children }: { children: ReactNode }) {
  const reported = useStoreSelector(databaseDamage);
  const [status, setStatus] = useState<DatabaseStatus | null>(null);

  useEffect(() => {
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      api.app.databaseStatus({}).then(
        (current) => {
          if (!active) return;
          setStatus(current);
          if (current.state === 'checking') timer = setTimeout(ask, checkingPollMs);
        },
        () => {
          // Unreachable for now: the screens show their own errors, and the next report asks again.
        },
      );
    };
    ask();
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [reported]);

  if (status?.state === 'damaged' || reported !== null)
    return <RecoveryScreen status={status} reported={reported} />;
  return children;
}
