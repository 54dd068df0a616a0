// Draws each chart from the table that holds its figures, so that nothing is only in a picture.
//
// <figure class="sdc-chart" data-chart="line" data-chart-table="trend-figures">   (or "bar")
//   <figcaption class="govuk-body-s">...</figcaption>
// </figure>
// <table id="trend-figures" class="govuk-table"> (inside a "Show the figures" details, or visually hidden)
//   <thead><tr><th>Period</th><th data-series>Value</th><th data-series data-style="dashed">Target</th></tr></thead>
//   <tbody><tr><th scope="row">2015-Q1</th><td data-value="23.0">23.0%</td><td data-value="25">25%</td></tr></tbody>
// </table>
// A cell's data-value is a number, two numbers "from,to" for a floating bar (e.g. a step of a budget derivation),
// or empty for no point. data-style on a series: "dashed", "band-low"/"band-high" (a shaded band between two series).

const PALETTE = ['#1d70b8', '#d4351c', '#00703c', '#f47738', '#4c2c92', '#505a5f', '#912b88', '#28a197'];

function series(table) {
  const headers = Array.from(table.querySelectorAll('thead th'));
  const columns = [];
  headers.forEach((header, index) => {
    if (header.hasAttribute('data-series')) {
      columns.push({ index, label: header.textContent.trim(), style: header.getAttribute('data-style') || '' });
    }
  });
  const rows = Array.from(table.querySelectorAll('tbody tr'));
  const labels = rows.map((row) => row.cells[0].textContent.trim());
  return {
    labels,
    columns: columns.map((column) => ({
      ...column,
      values: rows.map((row) => {
        const cell = row.cells[column.index];
        const value = cell ? cell.getAttribute('data-value') : null;
        if (value === null || value === '') {
          return null;
        }
        return value.includes(',') ? value.split(',').map(Number) : Number(value);
      }),
    })),
  };
}

function draw(figure) {
  const table = document.getElementById(figure.getAttribute('data-chart-table'));
  if (!table || !window.Chart) {
    return;
  }
  const type = figure.getAttribute('data-chart') || 'line';
  const data = series(table);
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', (figure.getAttribute('data-chart-label') || 'Chart') + ': the figures are in the table below.');
  figure.insertBefore(canvas, figure.firstChild);
  const datasets = data.columns.map((column, index) => {
    const colour = column.style.startsWith('band') ? 'rgba(29,112,184,0.15)' : PALETTE[index % PALETTE.length];
    return {
      label: column.label,
      data: column.values,
      borderColor: colour,
      backgroundColor: column.style.startsWith('band') ? colour : colour,
      borderDash: column.style === 'dashed' ? [6, 4] : [],
      fill: column.style === 'band-high' ? '-1' : false,
      pointRadius: column.style.startsWith('band') ? 0 : 3,
      spanGaps: true,
    };
  });
  new window.Chart(canvas, {
    type,
    data: { labels: data.labels, datasets },
    options: {
      responsive: true,
      animation: false,
      plugins: { legend: { position: 'bottom' } },
      scales: { y: { beginAtZero: figure.hasAttribute('data-chart-from-zero') } },
    },
  });
}

export function drawAll() {
  document.querySelectorAll('[data-chart]').forEach(draw);
}
