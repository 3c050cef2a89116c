// The result of a closed decision: outcome, an ECharts bar chart (households per option with the threshold line)
// and the same figures as a table — the chart's text alternative for screen readers and for printing.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { DataTable } from '../shell/DataTable.tsx';
import { useFormat } from '../shell/format.ts';
import type { DecisionResult } from './api.ts';

echarts.use([BarChart, GridComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export function ResultChart({ result }: { result: DecisionResult }) {
  const { t } = useTranslation('decisions');
  const f = useFormat();
  const el = useRef<HTMLDivElement>(null);
  const entries = Object.entries(result.counts);
  useEffect(() => {
    if (!el.current) return;
    const entries = Object.entries(result.counts);
    const chart = echarts.init(el.current, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: entries.map(([o]) => o), axisLabel: { interval: 0, color: '#212121' } },
      yAxis: { type: 'value', max: result.eligibleHouseholds, minInterval: 1, axisLabel: { color: '#212121' } },
      series: [
        {
          type: 'bar',
          data: entries.map(([o, n]) => ({ value: n, itemStyle: { color: o === result.winningOption ? '#2e7d32' : '#90a4ae' } })),
          label: { show: true, position: 'top', color: '#212121' },
          markLine: {
            symbol: 'none',
            lineStyle: { color: '#b71c1c', type: 'dashed' },
            label: { formatter: `${t('result.threshold')}: ${result.threshold}`, color: '#b71c1c' },
            data: [{ yAxis: result.threshold }],
          },
        },
      ],
    });
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [result, t]);
  const alt = t('result.chartAlt', {
    list: entries.map(([o, n]) => `${o} ${f.int(n)}`).join('; '),
    threshold: f.int(result.threshold),
  });
  return (
    <div>
      <p className={`outcome ${result.passed ? 'passed' : 'failed'}`}>{result.passed ? t('result.passed') : t('result.failed')}</p>
      <p>{result.summary}</p>
      <div ref={el} className="result-chart" role="img" aria-label={alt} title={t('result.chart')} />
      <DataTable
        caption={t('result.caption', { total: f.int(result.eligibleHouseholds) })}
        rows={entries}
        rowKey={([o]) => o}
        columns={[
          { key: 'option', header: t('result.colOption'), rowHeader: true, render: ([o]) => o },
          { key: 'count', header: t('result.colCount'), numeric: true, render: ([, n]) => f.int(n) },
          { key: 'share', header: t('result.colShare'), numeric: true, render: ([, n]) => f.percent(result.eligibleHouseholds ? (100 * n) / result.eligibleHouseholds : null) },
        ]}
      />
      <dl className="facts">
        <dt>{t('result.threshold')}</dt>
        <dd>{f.int(result.threshold)}</dd>
        <dt>{t('result.participation')}</dt>
        <dd>{f.share(result.participatingHouseholds, result.eligibleHouseholds)}</dd>
        {result.breakdown.length > 0 && (
          <>
            <dt>{t('result.breakdown')}</dt>
            <dd>
              {result.breakdown
                .map((b) => `${t(`channels.${b.channel}`)}: ${b.households === null ? t('result.suppressed') : f.int(b.households)}`)
                .join('; ')}
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
