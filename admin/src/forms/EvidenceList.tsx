// Evidence for one indicator: the files already there, and an upload with progress. Type and
// size are checked here for comfort; the server checks them again from the content.
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Progress, Space, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { acceptsType, DEFAULT_EVIDENCE_ACCEPT, type EvidenceRule } from '../../../server/engine/index.js';
import { useI18n } from '../i18n/i18n';
import { useFill } from './fill-context';

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

const TYPE_NAMES: [RegExp, string][] = [
  [/^image\//, '图片'], [/pdf$/, 'PDF'], [/word|msword/, 'Word'], [/sheet|excel/, 'Excel'], [/presentation/, 'PPT'], [/^video\//, '视频'], [/x-cfb/, 'Office 旧格式'],
];

/** Accepted types as people call them (图片、PDF、Word…), not as MIME types. */
function describeAccept(accept: string[]): string {
  return [...new Set(accept.map((a) => TYPE_NAMES.find(([re]) => re.test(a))?.[1] ?? a))].join('、');
}

export function EvidenceList({ code, rule }: { code: string; rule?: EvidenceRule }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const fill = useFill();
  const [progress, setProgress] = useState<number | null>(null);
  const files = fill.attachments.filter((a) => a.indicatorCode === code);
  const accept = rule?.accept.length ? rule.accept : DEFAULT_EVIDENCE_ACCEPT;
  const need = rule?.required ? Math.max(rule.minFiles, 1) : 0;

  const before = (file: File) => {
    if (!acceptsType(accept, file.type)) {
      message.error(`“${file.name}”的类型（${file.type || '未知'}）不被接受，请上传 ${describeAccept(accept)}`);
      return Upload.LIST_IGNORE;
    }
    if (file.size > MAX_EVIDENCE_BYTES) {
      message.error(`“${file.name}”超过 20 MB，请压缩后再上传`);
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  return (
    <div id={`evidence-${code}`} style={{ marginTop: 8, padding: 8, background: '#fafafa', borderRadius: 6 }}>
      <Space wrap>
        <Typography.Text strong>{t('evidence')}</Typography.Text>
        {need > 0 && <Tag color={files.length >= need ? 'success' : 'error'}>{t('evidenceRequired')} ≥ {need}</Tag>}
        {files.length === 0 && <Typography.Text type="secondary">{t('noEvidence')}</Typography.Text>}
        {files.map((f) => (
          <Space key={f.id} size={4}>
            <a href={`/api/evidence/${f.id}`} target="_blank" rel="noreferrer"><PaperClipOutlined /> {f.filename}</a>
            {fill.canUpload && <Button size="small" type="link" danger aria-label={`${t('remove')} ${f.filename}`} onClick={() => fill.removeAttachment(f.id)}>{t('remove')}</Button>}
          </Space>
        ))}
        {fill.canUpload && (
          <Upload
            accept={accept.join(',')} showUploadList={false} beforeUpload={before}
            customRequest={async ({ file, onSuccess, onError }) => {
              setProgress(0);
              try {
                await fill.upload(code, file as File, setProgress);
                onSuccess?.({});
              } catch (err) {
                message.error((err as Error).message);
                onError?.(err as Error);
              } finally {
                setProgress(null);
              }
            }}
          >
            <Button size="small" icon={<UploadOutlined />} data-testid={`upload-${code}`}>{t('upload')}</Button>
          </Upload>
        )}
        {progress !== null && <Progress aria-label={`${code} ${t('upload')}`} percent={progress} size="small" style={{ width: 120 }} />}
      </Space>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{t('uploadHint', { types: describeAccept(accept), size: '20 MB' })}</Typography.Text>
    </div>
  );
}
