// Evidence goes up over plain HTTP (multipart, with progress), not GraphQL; its errors have the
// same shape as the API's.
import { ApiError, sessionGone } from './errors';
import { sendThumbnail } from './thumbnail';

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
      if (xhr.status === 401) sessionGone();
      reject(new ApiError(body.error?.code ?? 'BAD_USER_INPUT', body.error?.message ?? '上传失败', body.error?.faults ?? []));
    };
    xhr.send(form);
  });
}
