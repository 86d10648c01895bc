// One dashboard figure: the chart, the same numbers as a table (for reading exactly, for screen
// readers, and for copying), and a PNG download of the chart as drawn.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Grid, Segmented, Space, Table, type TableColumnsType } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { w } from '../../i18n/words';
import { type ChartOption, echarts } from './echarts';

interface Props<Row> {
  title: string;
  /** Used for the PNG's file name and the test hooks. */
  id: string;
  option: ChartOption;
  rows: Row[];
  columns: TableColumnsType<Row>;
  rowKey: (row: Row) => string;
  /** A click on a bar (its index in `rows`), for drilling down. */
  onPick?: (row: Row) => void;
  extra?: ReactNode;
  height?: number;
}

export function ChartCard<Row extends object>({ title, id, option, rows, columns, rowKey, onPick, extra, height = 300 }: Props<Row>) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  // On a phone the title needs the header's whole width: the controls move into the body.
  const narrow = Grid.useBreakpoint().md === false;
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  useEffect(() => {
    if (view !== 'chart' || !box.current) return;
    const c = echarts.init(box.current);
    chart.current = c;
    c.on('click', (p) => { const row = rowsRef.current[p.dataIndex as number]; if (row) pick.current?.(row); });
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(box.current);
    return () => { resize.disconnect(); c.dispose(); chart.current = null; };
  }, [view]);
  useEffect(() => {
    chart.current?.setOption({ animation: false, ...option }, true);
  }, [option, view]);

  const download = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = `${title}.png`;
    a.click();
  };
  const controls = (
    <Space wrap size={4} style={narrow ? { marginBottom: 8 } : undefined}>
      {extra}
      <Segmented size="small" value={view} onChange={(v) => setView(v as 'chart' | 'table')} aria-label={w('显示方式')}
        options={[{ value: 'chart', label: w('图表') }, { value: 'table', label: w('表格') }]} />
      <Button size="small" icon={<DownloadOutlined />} onClick={download} disabled={view !== 'chart'} aria-label={w('下载 PNG 图片')} data-testid={`png-${id}`}>PNG</Button>
    </Space>
  );
  return (
    <Card size="small" title={title} data-testid={`chart-${id}`} extra={narrow ? undefined : controls}>
      {narrow && controls}
      {view === 'chart'
        ? <div ref={box} role="img" aria-label={`${title}（${w('切换为表格可读取数值')}）`} style={{ width: '100%', height }} />
        : <Table<Row> size="small" rowKey={rowKey} dataSource={rows} columns={columns} pagination={false} scroll={{ x: 'max-content' }}
            onRow={onPick ? (row) => ({ onClick: () => onPick(row), style: { cursor: 'pointer' } }) : undefined} />}
    </Card>
  );
}
