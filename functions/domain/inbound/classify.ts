/**
 * Which right an email to the privacy inbox asks for, from its words in English, Finnish,
 * Swedish, German and French, with a confidence. Each right has phrases that name it outright
 * (a legal article, "delete my account", "poistakaa tietoni", "Auskunft nach Art. 15") worth
 * more than the bare words that often mean it ("delete", "radera"). The confidence is the lead
 * of the best right over the next: a message asking for two rights ("send me a copy, then
 * delete it") or none is left to the merchant, who confirms the type in the console. A phrase
 * just after a negation ("don't delete", "älä poista", "nicht löschen") does not count.
 * Pure; the words are matched without diacritics, so "loschen", "löschen" and "loeschen" agree.
 */
import type { Locale } from '../locales.ts';
import type { RequestType } from '../request-kinds.ts';

/** How sure the classifier must be to start the flow without the merchant (0–1). */
export const CONFIDENT_AT = 0.75;

/** A lead of this many points over the next right is full confidence. */
const FULL_LEAD = 4;
/** A phrase that names the right outright. */
const STRONG = 3;
/** A word that usually means it. */
const WEAK = 1.5;

interface Cue {
  re: RegExp;
  weight: number;
}

const strong = (...res: RegExp[]): Cue[] =>
  res.map((re) => ({ re, weight: STRONG }));
const weak = (...res: RegExp[]): Cue[] =>
  res.map((re) => ({ re, weight: WEAK }));

/**
 * Cues per right. Written without diacritics (the text is folded the same way), lower case,
 * word-initial (`\b`) so inflected forms match their stem ("poista" → poistakaa, poistaminen).
 */
const CUES: Record<RequestType, Cue[]> = {
  erasure: [
    ...strong(
      /\b(right to (erasure|be forgotten)|erasure request|deletion request|request (for|to) (the )?(deletion|erasure))/,
      /\b(delete|erase|remove|wipe|purge)( all)?( of)? (my|our|the|his|her|their|this) (personal )?(account|data|information|details|profile|records?|customer (account|data|record))/,
      /\b(delete|erase|remove) (me|all (personal )?(data|information) (about|relating to|concerning)|everything (you have|you hold|about me))/,
      /\b(deletion|erasure) of (all )?(my|the|his|her|their|any) (personal )?(data|information|account)/,
      /\bclose (and delete )?my account/,
      /\b(art(icle|\.)?|artikla|artikel) ?17\b/,
      /\b(poista(kaa|isitteko|tkaa|maan|minen|ttava)?|poisto) .{0,40}\b(tiedo|tieto|tili|asiakastili|asiakkuu|rekisteri)/,
      /\b(tiedo|tieto|tili|asiakastili|asiakkuu)\w* .{0,30}\bpoist/,
      /\boikeus tulla unohdetuksi|\boikeus tietojen poistamiseen/,
      /\bradera .{0,30}\b(uppgift|konto|data|information|personuppgift)/,
      /\b(uppgift|konto|personuppgift)\w* .{0,30}\b(raderas|tas bort|ska raderas)/,
      /\braderas? .{0,20}\b(mina|mitt|alla)\b/,
      /\bta bort (mitt konto|mina (person)?uppgifter|all)/,
      /\bratten att bli (bortglomd|raderad)|\bbegaran om radering/,
      /\b(losch|loesch)\w* .{0,40}\b(daten|konto|kundenkonto|account)/,
      /\b(daten|konto|kundenkonto)\w* .{0,30}\b(losch|loesch)/,
      /\brecht auf (vergessenwerden|loschung)|\bloschungsantrag/,
      /\b(supprim|effac)\w* .{0,40}\b(donnees|compte|informations)/,
      /\b(suppression|effacement) (de|des) (mes|toutes|mon)/,
      /\bdroit (a l'effacement|a l'oubli|a l'effacement)/,
    ),
    ...weak(
      /\b(delete|erase|deletion|erasure|remove)\b/,
      /\b(poist|unoh)/,
      /\b(radera\w*|radering|ta bort)\b/,
      /\b(losch|loesch|entfern)/,
      /\b(supprim|effac|suppression)/,
    ),
  ],
  access: [
    ...strong(
      /\b(subject access request|data subject access|right of access|access request|\bdsar\b)/,
      /\b(a |an )?(copy|export|overview|summary) of (all )?(my|the|his|her) (personal )?(data|information|details)/,
      /\bwhat (personal )?(data|information) (do )?you (hold|have|store|keep|process)/,
      /\b(art(icle|\.)?|artikla|artikel) ?15\b/,
      /\b(kopio|jaljenno|ote)\w* .{0,30}\b(tiedo|tieto|henkilotiedo)/,
      /\bmita (henkilo)?tietoja .{0,40}(minusta|teilla|on tallennettu|kasittelette)/,
      /\btarkastusoikeu|\btarkastuspyyn|\bpaasy (omiin )?tietoihin/,
      /\b(registerutdrag|tillgang till (mina|de) (person)?uppgifter|kopia (pa|av) (mina|de|alla) (person)?uppgifter)/,
      /\bvilka (person)?uppgifter .{0,40}(om mig|har ni|lagrar|behandlar)/,
      /\b(auskunft|auskunftsersuchen|auskunftsanfrage|selbstauskunft)/,
      /\b(kopie|ubersicht) (meiner|der uber mich|aller) .{0,30}daten/,
      /\bwelche (personenbezogenen )?daten .{0,40}(uber mich|von mir|gespeichert|speichern)/,
      /\b(droit d'acces|demande d'acces|acces a (mes|mes donnees|toutes))/,
      /\b(copie|communication) de (mes|toutes mes|l'ensemble de mes) (donnees|informations)/,
      /\bquelles donnees .{0,40}(me concernant|detenez|conservez|traitez)/,
    ),
    ...weak(
      /\b(copy|access|what data|which data)\b/,
      /\b(kopio|nayta|nähda|nahda)/,
      /\b(kopia|utdrag|tillgang)\b/,
      /\b(kopie|einsicht)/,
      /\b(copie|acces)\b/,
    ),
  ],
  portability: [
    ...strong(
      /\b(data )?portability\b/,
      /\bmachine[- ]readable\b/,
      /\b(art(icle|\.)?|artikla|artikel) ?20\b/,
      /\bsiirrettavyy|\bkoneluettav/,
      /\bdataportabilitet|\bmaskinlasbar/,
      /\bdatenubertragbarkeit|\bmaschinenlesbar/,
      /\bportabilite|\blisible par (une )?machine/,
    ),
    ...weak(
      /\b(transfer|move) my data\b/,
      /\b(csv|json)\b/,
      /\bsiirt(aa|o) tiet/,
      /\bflytta mina/,
      /\bubertragen\b/,
      /\btransferer mes donnees/,
    ),
  ],
  rectification: [
    ...strong(
      /\b(rectif|right to rectification)/,
      /\b(correct|update|change|fix) (my|the) (name|address|e-?mail|phone|surname|last name|details|date of birth)/,
      /\b(wrong|incorrect|misspelled|outdated) (name|address|e-?mail|phone|spelling)/,
      /\b(art(icle|\.)?|artikla|artikel) ?16\b/,
      /\b(korjat|korjaa|oikaise|oikaisu|paivittak)\w* .{0,30}\b(nimi|nimen|nimeni|osoit|sahkoposti|puhelin|tiedo)/,
      /\b(vaara|virheellin)\w* .{0,20}\b(nimi|osoite|sahkoposti|puhelin)/,
      /\b(ratta|rattelse|uppdatera|andra) .{0,20}\b(mitt namn|min adress|mitt efternamn|min e-?post|mitt telefon|mina uppgifter)/,
      /\b(felaktig|fel) (namn|adress|e-?postadress|stavning)/,
      /\b(berichtig|korrigier|aktualisier)\w* .{0,30}\b(name|adresse|e-?mail|telefon|daten)/,
      /\b(falsch|fehlerhaft)\w* .{0,20}\b(name|adresse|schreibweise)/,
      /\b(corriger|rectifier|mettre a jour) .{0,20}\b(mon nom|mon adresse|mon e-?mail|mon telephone|mes donnees)/,
      /\b(nom|adresse) (errone|incorrect|mal orthographi)/,
    ),
    ...weak(
      /\b(correct|misspelled|typo)\b/,
      /\b(korja|virhe)/,
      /\b(ratta|felstav)/,
      /\b(korrigier|tippfehler)/,
      /\b(corrig|erreur)/,
    ),
  ],
  objection: [
    ...strong(
      /\b(unsubscribe|opt[- ]out|object to|objection to|stop (sending|emailing|using|processing|contacting)|no (more|longer) (send|e-?mails|newsletters|marketing))/,
      /\b(remove|take) me (off|from) (your|the) (mailing|e-?mail|marketing|newsletter)/,
      /\bdon'?t (want|wish) (to receive|any more|marketing)/,
      /\b(art(icle|\.)?|artikla|artikel) ?21\b/,
      /\b(kiellan|vastustan|kielto)\b.{0,40}(markkinoin|kasittel|suoramarkk)/,
      /\b(lopettak|lakatk)\w* .{0,30}\b(lahett|markkinoin|uutiskirje|kaytta)/,
      /\ben halua .{0,30}\b(uutiskirje|markkinoin|mainos|sahkoposte)/,
      /\b(peru|perua|perun|poistu)\w* .{0,20}\buutiskirje/,
      /\b(invander|invanda|invandning) mot/,
      /\b(avregistrera|avsluta prenumeration|sluta skicka|vill inte (langre )?(ha|fa) (nyhetsbrev|reklam|utskick))/,
      /\b(widerspruch|widerspreche|abmelden|keine (werbung|newsletter|werbe-?e-?mails) mehr)/,
      /\b(je m'oppose|opposition au traitement|me desabonner|me desinscrire|ne plus recevoir|cesser (d'utiliser|de m'envoyer))/,
    ),
    ...weak(
      /\b(newsletter|marketing|spam me)\b/,
      /\b(uutiskirje|markkinoin)/,
      /\b(nyhetsbrev|reklam)\b/,
      /\b(werbung|newsletter)\b/,
      /\b(publicite|prospection)\b/,
    ),
  ],
  restriction: [
    ...strong(
      /\b(restrict(ion of)? (the )?processing|right to restriction|restrict (the use|processing))/,
      /\b(art(icle|\.)?|artikla|artikel) ?18\b/,
      /\bkasittelyn rajoit|\brajoitta\w* .{0,30}\bkasittel/,
      /\bbegransning av behandling|\bbegransa behandling/,
      /\beinschrankung der verarbeitung|\bverarbeitung .{0,20}einschrank/,
      /\blimitation du traitement|\blimiter le traitement/,
    ),
    ...weak(
      /\b(restrict|freeze)\b/,
      /\brajoit/,
      /\bbegrans/,
      /\beinschrank/,
      /\blimit(er|ation)\b/,
    ),
  ],
};

/** Words of each language that nearly every message has; the most found names its language. */
const STOPWORDS: Record<Locale, string[]> = {
  en: [
    'the',
    'and',
    'my',
    'you',
    'please',
    'your',
    'data',
    'of',
    'to',
    'is',
    'i',
  ],
  fi: [
    'ja',
    'on',
    'ette',
    'mutta',
    'ei',
    'tai',
    'kun',
    'minulle',
    'minusta',
    'teilla',
    'halua',
    'minun',
    'tiedot',
    'kiitos',
    'etta',
    'olen',
    'teidan',
    'hei',
    'ystavallisin',
    'tietoni',
    'pyydan',
  ],
  sv: [
    'och',
    'att',
    'jag',
    'mina',
    'det',
    'ni',
    'med',
    'tack',
    'hej',
    'vanliga',
    'om',
    'inte',
    'vill',
  ],
  de: [
    'und',
    'ich',
    'meine',
    'die',
    'der',
    'sie',
    'bitte',
    'nicht',
    'mit',
    'mein',
    'ist',
    'hallo',
    'freundlichen',
    'grussen',
  ],
  fr: [
    'et',
    'je',
    'mes',
    'les',
    'vous',
    'de',
    'des',
    'merci',
    'bonjour',
    'pas',
    'mon',
    'votre',
    'cordialement',
    'donnees',
  ],
};

const NEGATION =
  /\b(don'?t|do not|never|not|alaa?|alkaa|ei|en (halua|tahdo)|inte|aldrig|nicht|kein|keine|ne|n'|pas)\s+(\S+\s+){0,2}$/;

/** Lower case, diacritics and German ß/ä-as-ae folded, whitespace collapsed. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ');
}

/** The classifier's reading of a message. */
export interface Classification {
  /** The right it asks for; absent when no right is named at all. */
  type?: RequestType;
  /** 0–1: the lead of `type` over the next right, in points and as a share of its score. */
  confidence: number;
  /** `confidence >= CONFIDENT_AT`: the flow starts without the merchant. */
  confident: boolean;
  /** Points per right that scored, for the merchant's page and the audit trail. */
  scores: Partial<Record<RequestType, number>>;
  /** The language most of its words are in (the shopper's replies follow it), if any tells. */
  language?: Locale;
}

function scoreOf(text: string, cues: Cue[]): number {
  let best = 0;
  let weakSeen = 0;
  for (const cue of cues) {
    const re = new RegExp(cue.re.source, 'g');
    for (const m of text.matchAll(re)) {
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      if (NEGATION.test(before)) continue;
      if (cue.weight === STRONG) best += STRONG;
      else weakSeen = WEAK;
      break;
    }
  }
  // Several strong phrases add up (a template naming the article and the act); weak words add
  // one WEAK at most, so a message that says "delete" five times is still not confident.
  return best + weakSeen;
}

/** The language of `folded` text by its commonest words; undefined when fewer than two tell. */
export function languageOf(folded: string): Locale | undefined {
  const words = folded.split(/[^a-z']+/).filter(Boolean);
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best: Locale | undefined;
  let bestScore = 1;
  for (const [locale, list] of Object.entries(STOPWORDS) as [
    Locale,
    string[],
  ][]) {
    const score = list.reduce((n, w) => n + (counts.get(w) ?? 0), 0);
    if (score > bestScore) {
      best = locale;
      bestScore = score;
    }
  }
  return best;
}

/** Classifies a message by its subject line and the writer's own text (see message-text.ts). */
export function classifyRequest(subject: string, text: string): Classification {
  const folded = fold(`${subject}\n${text}`);
  const scores: Partial<Record<RequestType, number>> = {};
  for (const [type, cues] of Object.entries(CUES) as [RequestType, Cue[]][]) {
    const s = scoreOf(folded, cues);
    if (s > 0) scores[type] = s;
  }
  // Portability is access in a machine-readable form: its cues win over access's own words.
  if (scores.portability && scores.portability >= STRONG && scores.access)
    scores.access = Math.max(0, scores.access - STRONG);
  const ranked = (Object.entries(scores) as [RequestType, number][]).sort(
    (a, b) => b[1] - a[1],
  );
  const [first, second] = ranked;
  const language = languageOf(fold(text || subject));
  if (!first)
    return {
      confidence: 0,
      confident: false,
      scores,
      ...(language ? { language } : {}),
    };
  const lead = first[1] - (second?.[1] ?? 0);
  // Both the lead itself and its share of the best score: a message naming two rights outright
  // (7.5 against 4.5) leads by enough points but asks for both.
  const confidence =
    Math.round(Math.min(1, lead / FULL_LEAD, lead / first[1]) * 100) / 100;
  return {
    ...(lead > 0 ? { type: first[0] } : {}),
    confidence,
    confident: lead > 0 && confidence >= CONFIDENT_AT,
    scores,
    ...(language ? { language } : {}),
  };
}
