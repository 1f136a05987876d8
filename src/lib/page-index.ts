/**
 * Every published page with its title, grouped in sections: the list behind
 * the cartridge and the CSV of the teachers' exports. Static pages are listed
 * here by hand (their titles are those their route gives BaseLayout); a browser
 * test checks that every built page is listed and that each title matches.
 */
import { glossaryCategories } from '../schemas/glossary';
import { coursePageTitle, type SiteData } from './site-data';
import { url, urls } from './urls';
import { termTitle } from './titles';

export interface IndexedPage {
  title: string;
  /** Path with the base path ("/atlas-ml/glossaire/overfitting/"). */
  path: string;
}

export interface PageSection {
  title: string;
  pages: IndexedPage[];
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

export function pageSections(data: SiteData): PageSection[] {
  return [
    {
      title: 'Atlas ML',
      pages: [
        { title: 'Atlas ML — masters et machine learning', path: urls.home() },
        { title: 'Recherche', path: urls.search() },
        { title: 'Pour les enseignants', path: url('enseignants/') },
        { title: 'Hors ligne : le site sans connexion', path: url('hors-ligne/') },
      ],
    },
    {
      title: 'Programmes',
      pages: [
        { title: 'Programmes', path: urls.programmes() },
        { title: 'Comparer les programmes', path: urls.compare() },
        { title: 'Tous les cours', path: urls.courses() },
      ],
    },
    ...data.programmes.map((p) => ({
      title: p.data.title,
      pages: [
        { title: p.data.title, path: urls.programme(p.id) },
        ...data.courses
          .filter((c) => c.data.programme.id === p.id)
          .sort((a, b) => collator.compare(a.data.title, b.data.title))
          .map((c) => ({ title: coursePageTitle(data, c), path: urls.course(c.id) })),
      ],
    })),
    {
      title: 'Aide-mémoire et FAQ',
      pages: [
        { title: 'Aide-mémoire : formules essentielles', path: urls.formulas() },
        { title: 'FAQ : pièges courants', path: urls.faq() },
        { title: 'Réviser : cartes et QCM à répétition espacée', path: urls.revise() },
        { title: 'Démos interactives', path: urls.demos() },
        ...data.demos.map((d) => ({ title: `Démo : ${d.data.title}`, path: urls.demo(d.id) })),
      ],
    },
    ...Object.entries(glossaryCategories).map(([id, name]) => ({
      title: `Glossaire : ${name}`,
      pages: [
        ...(id === Object.keys(glossaryCategories)[0] ? [{ title: 'Glossaire', path: urls.glossary() }] : []),
        ...data.glossary
          .filter((t) => t.data.category === id)
          .map((t) => ({ title: termTitle(t.data), path: urls.term(t.id) })),
      ],
    })),
    {
      title: 'Ressources, outils et carrières',
      pages: [
        { title: 'Ressources', path: urls.resources() },
        { title: 'Outils : workflows, GPU et cloud', path: urls.tools() },
        { title: 'Carrières en machine learning', path: urls.careers() },
      ],
    },
  ];
}
