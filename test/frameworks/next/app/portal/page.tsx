// A portal's Server Component page: the whole profession page, its similar professions from the
// catalog, and the interest check, each pre-rendered from data imported as JSON (no request).
import type { ProfileData } from 'career-widgets';
import type { CatalogData, ItemBankData } from 'career-widgets/catalog';
import { ProfessionPage } from 'career-widgets/react/profession-page';
import { SimilarProfessions } from 'career-widgets/react/similar-professions';
import { ProfessionFinder } from 'career-widgets/react/profession-finder';
import profileJson from 'career-widgets/profiles/kaufmann-dialogmarketing.json';
import catalogJson from 'career-widgets/catalog.json';
import itemsJson from 'career-widgets/finder-items.json';

const profile: ProfileData = profileJson;
const catalog = catalogJson as CatalogData;
const items = itemsJson as ItemBankData;

export default function Portal() {
  return (
    <main>
      <ProfessionPage profile={profile} headingLevel={1} />
      <SimilarProfessions profile={profile} catalogData={catalog} hrefPattern="/beruf/{slug}" themeHrefPattern="/thema/{slug}" />
      <ProfessionFinder catalogData={catalog} itemsData={items} hrefPattern="/beruf/{slug}" />
    </main>
  );
}
