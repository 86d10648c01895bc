// The GraphQL client: one POST per call with the session cookie; errors become ApiError with
// the server's code and faults, so pages can show what to do next. The result types come from
// the generated ./schema.ts.
import { sendThumbnail } from './thumbnail';

export interface Fault {
  path: string;
  message: string;
}

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'NETWORK' | 'INTERNAL_SERVER_ERROR' | string;

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly faults: Fault[] = [],
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called whenever the server says the session is gone, so the app can ask to log in again. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('NETWORK', '网络连接失败，请检查网络后重试；您填写的内容仍保留在本页');
  }
  let body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError('NETWORK', `服务器暂时无法响应（${res.status}），请稍后重试`);
  }
  const error = body.errors?.[0];
  if (error) {
    const code = (error.extensions?.code as string) ?? 'INTERNAL_SERVER_ERROR';
    if (code === 'UNAUTHENTICATED') unauthenticatedListeners.forEach((l) => l());
    throw new ApiError(code, error.message, (error.extensions?.faults as Fault[]) ?? [], error.extensions ?? {});
  }
  return body.data as T;
}

/** Uploads one evidence file with progress (and, for an image, its thumbnail); resolves with the server's record. */
export function uploadEvidence(
  assessmentId: string, indicatorCode: string, file: File, onProgress: (percent: number) => void,
): Promise<{ id: string; sha256: string; size: number; mimeType: string; filename: string }> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append('assessmentId', assessmentId);
    form.append('indicatorCode', indicatorCode);
    form.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/evidence');
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onerror = () => reject(new ApiError('NETWORK', '上传失败：网络连接中断，请重试'));
    xhr.onload = () => {
      let body: any;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        return reject(new ApiError('NETWORK', `上传失败（${xhr.status}），请重试`));
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        void sendThumbnail(body.id, file);
        return resolve(body);
      }
      if (xhr.status === 401) unauthenticatedListeners.forEach((l) => l());
      reject(new ApiError(body.error?.code ?? 'BAD_USER_INPUT', body.error?.message ?? '上传失败', body.error?.faults ?? []));
    };
    xhr.send(form);
  });
}
