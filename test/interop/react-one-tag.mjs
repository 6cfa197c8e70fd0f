// One wrapper alone, client-rendered: importing career-widgets/react/salary-table registers
// <salary-table> and no other tag; onProfileLoad reaches the app, which renders what it says.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SalaryTable } from 'career-widgets/react/salary-table';

function App({ profile }) {
  const [loaded, setLoaded] = useState('');
  return h(
    'main',
    null,
    h(SalaryTable, {
      id: 'salary-table',
      profile,
      view: 'table',
      onProfileLoad: (event) => {
        window.__record.handled.push('salary-table:profile-load');
        setLoaded(event.detail.profile.name);
      },
    }),
    h('p', { id: 'loaded' }, `geladen: ${loaded}`),
  );
}

const profile = await (await fetch('/profiles/kaufmann-dialogmarketing.json')).json();
createRoot(document.getElementById('root')).render(h(App, { profile }));
