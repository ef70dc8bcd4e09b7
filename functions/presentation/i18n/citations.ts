/**
 * GDPR article references as each language writes them. The domain names articles one way
 * (`Art. 17(3)(b)`, the form of `ARTICLE_OF`, `ARTICLE_OF_HOLD`, a hold's `basis`); a reader sees
 * "tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohta", "dataskyddsförordningen art. 17.3 b",
 * "Art. 17 Abs. 3 lit. b DSGVO" or "RGPD, art. 17, par. 3, point b". Text around the references
 * (a national statute after a hold's article) is kept as it is.
 */
import type { Locale } from '#domain/schemas.ts';

interface ArticleRef {
  article: string;
  paragraph?: string;
  point?: string;
}

const WRITE: Record<Locale, (ref: ArticleRef) => string> = {
  en: ({ article, paragraph, point }) =>
    `GDPR Art. ${article}${paragraph ? `(${paragraph})` : ''}${point ? `(${point})` : ''}`,
  fi: ({ article, paragraph, point }) =>
    `tietosuoja-asetuksen ${article} ${
      paragraph
        ? `artiklan ${paragraph} ${point ? `kohdan ${point} alakohta` : 'kohta'}`
        : 'artikla'
    }`,
  sv: ({ article, paragraph, point }) =>
    `dataskyddsförordningen art. ${article}${paragraph ? `.${paragraph}` : ''}${point ? ` ${point}` : ''}`,
  de: ({ article, paragraph, point }) =>
    `Art. ${article}${paragraph ? ` Abs. ${paragraph}` : ''}${point ? ` lit. ${point}` : ''} DSGVO`,
  fr: ({ article, paragraph, point }) =>
    `RGPD, art. ${article}${paragraph ? `, par. ${paragraph}` : ''}${point ? `, point ${point}` : ''}`,
};

const REFERENCE = /Art\. (\d+)(?:\((\d+)\))?(?:\(([a-z])\))?/g;

/**
 * `text` with every GDPR reference (`Art. 15`, `Art. 12(4)`, `Art. 17(3)(b)`) written as
 * `locale` writes it.
 * @example cite('Art. 17(3)(b); Kirjanpitolaki 1336/1997, 2 luku 10 §', 'de') // 'Art. 17 Abs. 3 lit. b DSGVO; Kirjanpitolaki 1336/1997, 2 luku 10 §'
 */
export function cite(text: string, locale: Locale): string {
  return text.replace(REFERENCE, (_m, article: string, paragraph, point) =>
    WRITE[locale]({ article, paragraph, point }),
  );
}
