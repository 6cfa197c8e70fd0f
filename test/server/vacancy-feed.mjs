// A vacancy feed whose dates are days from today, so that expiry and sorting can be
// tested with real HTTP on any day (the fixture in profiles/feeds/ uses fixed dates
// far in the future). Served as /test-api/feed by test-api.mjs.
//
// Sorted as <vacancy-teaser> must show them (soonest start; same start: newest posting):
//   Hamburg (start +30), Köln (+60, posted -2), Berlin-Mitte (+60, posted -10),
//   München (+90), Berlin-Friedrichshain (+120), Berlin-Neukölln (+150, last day today),
//   Dortmund (no start date). Leipzig expired yesterday and is never shown.

/** `YYYY-MM-DD`, `days` from today in local time. */
export function isoDay(days, now = new Date()) {
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const TITLE = 'Ausbildung Kaufmann / Kauffrau für Dialogmarketing (m/w/d)';

function posting(id, employer, postalCode, locality, { start, posted, until, url }) {
  return {
    '@type': 'JobPosting',
    identifier: id,
    title: `${TITLE} – ${locality}`,
    hiringOrganization: { '@type': 'Organization', name: employer },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', postalCode, addressLocality: locality, addressCountry: 'DE' } },
    ...(start === undefined ? {} : { jobStartDate: isoDay(start) }),
    ...(posted === undefined ? {} : { datePosted: isoDay(posted) }),
    ...(until === undefined ? {} : { validThrough: isoDay(until) }),
    employmentType: 'FULL_TIME',
    url: url ?? `https://jobs.example/stellen/${id}`,
  };
}

/**
 * `shape`: `array` (default), `list` (ItemList of ListItem wrappers, with a `url`) or `graph` (JSON-LD @graph with
 * an Organization node that is no posting). `bad`: adds two broken postings, at index 2 (no title) and 5 (a start date
 * that is no date). `prefix`: put in front of every employer, to tell two feeds apart.
 */
export function vacancyFeed({ shape = 'array', bad = false, prefix = '' } = {}) {
  const p = (id, employer, ...rest) => posting(id, `${prefix}${employer}`, ...rest);
  const postings = [
    p('DM-101', 'Dialogwerk Berlin GmbH', '10115', 'Berlin', { start: 60, posted: -10, until: 30, url: 'stellen/DM-101' }),
    p('DM-102', 'Hanse Kundenservice GmbH', '20095', 'Hamburg', { start: 30, posted: -20, until: 20 }),
    p('DM-103', 'Rheinkontakt AG', '50667', 'Köln', { start: 60, posted: -2, until: 40 }),
    p('DM-104', 'Isar Direktmarketing GmbH', '80331', 'München', { start: 90, posted: -5, url: 'javascript:alert(document.domain)' }),
    p('DM-105', 'Spreeruf Service GmbH', '10247', 'Berlin', { start: 120, posted: -1, until: 60 }),
    p('DM-106', 'Messestadt Callcenter GmbH', '04109', 'Leipzig', { start: 10, posted: -30, until: -1 }),
    p('DM-107', 'Kiezdialog GmbH', '12043', 'Berlin', { start: 150, posted: -4, until: 0 }),
    p('DM-108', 'Westfalen Dialog GmbH', '44135', 'Dortmund', { posted: -7 }),
  ];
  if (bad) {
    const { title, ...untitled } = p('DM-201', 'Ohne Titel GmbH', '01067', 'Dresden', { start: 20, posted: -1 });
    postings.splice(2, 0, untitled);
    postings.splice(5, 0, { ...p('DM-202', 'Irgendwann GmbH', '90402', 'Nürnberg', { posted: -1 }), jobStartDate: 'nächsten August' });
  }
  if (shape === 'list') {
    return {
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      url: 'https://jobs.example/alle-stellen',
      itemListElement: postings.map((item, index) => ({ '@type': 'ListItem', position: index + 1, item })),
    };
  }
  if (shape === 'graph') {
    return { '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization', name: 'jobs.example' }, ...postings] };
  }
  return postings;
}
