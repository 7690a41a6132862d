import { useEffect, useState } from 'react';
import { useApi } from '../../platform/api-context';

/** Changes whenever the reader's entity corrections change, so open articles are annotated again. */
export function useEntitiesVersion(): number {
  const api = useApi();
  const [version, setVersion] = useState(0);
  useEffect(() => api.on('entities.changed', () => setVersion((v) => v + 1)), [api]);
  return version;
}
