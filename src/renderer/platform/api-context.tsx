import { createContext, useContext, type ReactNode } from 'react';
import type { QosApi } from '../../shared/contract';

const ApiContext = createContext<QosApi | null>(null);

export function ApiProvider({ api, children }: { api: QosApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): QosApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
