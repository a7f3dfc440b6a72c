// chart.js imported under its own module id for the radar (see RadarChart.tsx): same package, same types.
declare module 'chart.js?radar' {
  export * from 'chart.js';
}
