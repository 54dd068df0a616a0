// Progressive enhancement: the design system's components, and charts drawn from the tables on the page.
// Pages work without this file; it only adds behaviour.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported');
}
initAll();

if (document.querySelector('[data-chart]')) {
  const script = document.createElement('script');
  script.src = '/webjars/chart.js/dist/chart.umd.js';
  script.onload = () => import('/static/charts.js').then((charts) => charts.drawAll());
  document.head.appendChild(script);
}
