/**
 * GDPR article references as each language writes them. The domain names articles one way
 * (`Art. 17(3)(b)`, the form of `ARTICLE_OF`, `ARTICLE_OF_HOLD`, a hold's `basis`); a reader sees
 * "tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohta", "artikel 17.3 b i dataskyddsförordningen",
 * "Art. 17 Abs. 3 lit. b DSGVO" or "article 17, paragraphe 3, point b), du RGPD" (the EUR-Lex
 * style the CNIL writes). A national statute after a hold's article is written as the language
 * names it where `STATUTES` knows it (Finlex's Swedish text names Kirjanpitolaki
 * "bokföringslagen"; German and French name the Finnish act and keep its own name beside it), and
 * is otherwise kept as recorded.
 */
import type { Locale } from '#domain/schemas.ts';

interface ArticleRef {
  article: string;
  paragraph?: string;
  point?: string;
}

/**
 * An article without the regulation's name, where the page already speaks of the GDPR (a
 * merchant's decision page beside a right): "Art. 15", "15 artikla", "artikel 15".
 */
const SHORT: Record<Locale, (ref: ArticleRef) => string> = {
  en: ({ article, paragraph, point }) =>
    `Art. ${article}${paragraph ? `(${paragraph})` : ''}${point ? `(${point})` : ''}`,
  fi: ({ article, paragraph, point }) =>
    `${article} ${
      paragraph
        ? `artiklan ${paragraph} ${point ? `kohdan ${point} alakohta` : 'kohta'}`
        : 'artikla'
    }`,
  sv: ({ article, paragraph, point }) =>
    `artikel ${article}${paragraph ? `.${paragraph}` : ''}${point ? ` ${point}` : ''}`,
  de: ({ article, paragraph, point }) =>
    `Art. ${article}${paragraph ? ` Abs. ${paragraph}` : ''}${point ? ` lit. ${point}` : ''}`,
  fr: ({ article, paragraph, point }) =>
    `article ${article}${paragraph ? `, paragraphe ${paragraph}` : ''}${point ? `, point ${point})` : ''}`,
};

const WRITE: Record<Locale, (ref: ArticleRef) => string> = {
  en: ({ article, paragraph, point }) =>
    `GDPR Art. ${article}${paragraph ? `(${paragraph})` : ''}${point ? `(${point})` : ''}`,
  fi: ({ article, paragraph, point }) =>
    `tietosuoja-asetuksen ${article} ${
      paragraph
        ? `artiklan ${paragraph} ${point ? `kohdan ${point} alakohta` : 'kohta'}`
        : 'artikla'
    }`,
  sv: (ref) => `${SHORT.sv(ref)} i dataskyddsförordningen`,
  de: ({ article, paragraph, point }) =>
    `Art. ${article}${paragraph ? ` Abs. ${paragraph}` : ''}${point ? ` lit. ${point}` : ''} DSGVO`,
  fr: (ref) => `${SHORT.fr(ref)}${ref.paragraph ? ',' : ''} du RGPD`,
};

const REFERENCE = /Art\. (\d+)(?:\((\d+)\))?(?:\(([a-z])\))?/g;

/**
 * National statutes as a hold records them (domain/retention-rules.ts), as each language names
 * them; a language without an entry reads the statute as recorded.
 */
const STATUTES: Record<string, Partial<Record<Locale, string>>> = {
  'Kirjanpitolaki 1336/1997, 2 luku 10 §': {
    fi: 'kirjanpitolain (1336/1997) 2 luvun 10 §',
    sv: '2 kap. 10 § i bokföringslagen (1336/1997)',
    de: 'Kap. 2 § 10 des finnischen Buchführungsgesetzes (Kirjanpitolaki 1336/1997)',
    fr: 'chapitre 2, article 10, de la loi finlandaise sur la comptabilité (Kirjanpitolaki 1336/1997)',
  },
};

/**
 * `text` with every GDPR reference (`Art. 15`, `Art. 12(4)`, `Art. 17(3)(b)`) written as
 * `locale` writes it.
 * @example cite('Art. 17(3)(b); Kirjanpitolaki 1336/1997, 2 luku 10 §', 'de') // 'Art. 17 Abs. 3 lit. b DSGVO; Kap. 2 § 10 des finnischen Buchführungsgesetzes (Kirjanpitolaki 1336/1997)'
 */
export function cite(text: string, locale: Locale): string {
  let out = text.replace(REFERENCE, (_m, article: string, paragraph, point) =>
    WRITE[locale]({ article, paragraph, point }),
  );
  for (const [recorded, names] of Object.entries(STATUTES)) {
    const name = names[locale];
    if (name) out = out.split(recorded).join(name);
  }
  // French puts a no-break space before a semicolon ("du RGPD ; chapitre 2 …").
  return locale === 'fr' ? out.replace(/ ?; /g, '\u00a0; ') : out;
}

/**
 * `text` with every GDPR reference written without the regulation's name, for a page or email to
 * the merchant that names an article beside a right.
 * @example citeShort('Art. 15', 'fi') // '15 artikla'
 */
export function citeShort(text: string, locale: Locale): string {
  return text.replace(REFERENCE, (_m, article: string, paragraph, point) =>
    SHORT[locale]({ article, paragraph, point }),
  );
}
