/**
 * Generated processor results for the export benchmark: NDJSON lines shaped like what the
 * connectors leave in S3 (`{category, id, data}`), for the lastu merchant's seven processors.
 * Deterministic: a part is a pure function of (processorId, byte budget), so the package's second
 * pass (the CSVs) reads exactly the lines the first pass (data.json) read. Lazy: one record is
 * built at a time, nothing of the part is kept.
 *
 * Shapes follow the connectors (functions/adapters/connectors: Shopify customer/order, SendGrid
 * contact/suppression) and the seed (infra/seed/lastu.customers.json), with the bulk where real
 * accounts have it: orders, email activity, browsing events, parcels. Text is multilingual
 * (Finnish, Swedish, Sámi, Polish, Greek, Arabic, Chinese, Japanese, emoji) so the UTF-8 paths of
 * the pipeline (TextDecoder, csv BOM, zip) carry multi-byte characters.
 */

/** One processor's part: a few head records, then the bulk up to its share of the bytes. */
interface PartPlan {
  processorId: string;
  /** Share of the total input bytes. */
  share: number;
  /** Records written once at the top of the part (profile-like categories). */
  head: ((r: Rng, email: string) => Line)[];
  /** The bulk: record i of the part. */
  bulk: (r: Rng, i: number, email: string) => Line;
}

type Line = { category: string; id: string; data: Record<string, unknown> };

/** mulberry32: small, fast, deterministic. */
class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  hex(n: number): string {
    let out = '';
    while (out.length < n)
      out += Math.floor(this.next() * 0x100000000).toString(16);
    return out.slice(0, n);
  }
  words(min: number, max: number): string {
    const n = this.int(min, max);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.pick(WORDS));
    return out.join(' ');
  }
}

function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++)
    h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const FIRST = [
  'Aino',
  'Väinö',
  'Åsa',
  'Jääskeläinen',
  'Måns',
  'Ülle',
  'Łucja',
  'Zoë',
  'Ольга',
  'Σοφία',
  'محمد',
  '李娜',
  'さくら',
  'Niilá',
  'Eeva-Liisa',
];
const LAST = [
  'Virtanen',
  'Mäkelä',
  'Äijälä',
  'Öhman',
  'Lindström',
  'Kärkkäinen',
  'Wójcik',
  'Παπαδόπουλος',
  'Иванова',
  'الحسن',
  '王',
  '佐藤',
  'Guttorm',
  'Østergård',
];
const CITIES = [
  'Oulu',
  'Helsinki',
  'Jyväskylä',
  'Hämeenlinna',
  'Åbo / Turku',
  'Inari / Anár',
  'Göteborg',
  'Kraków',
  'Αθήνα',
  '東京',
  'Tallinn',
];
const STREETS = [
  'Isokatu',
  'Nahkatehtaankatu',
  'Mannerheimintie',
  'Hämeenkatu',
  'Sodankyläntie',
  'Åkerlundinkatu',
  'ul. Świętokrzyska',
  'Drottninggatan',
];
const PRODUCTS = [
  ['LST-CASE-IP15-OAK', 'Oak phone case, iPhone 15'],
  ['LST-STAND-BIRCH', 'Birch laptop stand'],
  ['LST-CASE-P8-ALDER', 'Alder case, Pixel 8 – “lepän” pinta'],
  ['LST-WALLET-PINE', 'Männystä tehty lompakko 🌲'],
  ['LST-TRAY-JUNIPER', 'Kataja-alusta (käsintehty, Oulu)'],
  ['LST-GIFT-25', 'Lahjakortti 25 €'],
  ['LST-CASE-SE-ASPEN', 'Haapakuori iPhone SE · Ästhetik'],
] as const;
const WORDS = [
  'kiitos',
  'nopeasta',
  'toimituksesta',
  'kuori',
  'on',
  'kaunis',
  'ja',
  'tuoksuu',
  'puulta',
  'paketti',
  'tuli',
  'Smartpostiin',
  'perjantaina',
  'hyvä',
  'laatu',
  'vähän',
  'kallis',
  'men',
  'mycket',
  'fin',
  'leverans',
  'świetny',
  'produkt',
  'πολύ',
  'ωραίο',
  'очень',
  'красиво',
  'رائع',
  '很好',
  'ありがとう',
  '🙂',
  '🌲',
  '📦',
  '⭐',
  'great',
  'quality',
  'wood',
  'grain',
  'fits',
  'perfectly',
  'would',
  'buy',
  'again',
  'gift',
  'for',
  'my',
  'äiti',
];
const UA = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
];
const T0 = Date.parse('2021-01-04T08:00:00Z');
const at = (r: Rng, i: number) =>
  new Date(T0 + i * 600_000 + r.int(0, 599_999)).toISOString();
const ip = (r: Rng) =>
  `${r.int(2, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
const name = (r: Rng) => `${r.pick(FIRST)} ${r.pick(LAST)}`;
const address = (r: Rng) => ({
  address1: `${r.pick(STREETS)} ${r.int(1, 80)} ${r.pick(['A', 'B', 'C', 'as.'])} ${r.int(1, 40)}`,
  address2: r.next() < 0.3 ? `c/o ${name(r)}` : null,
  city: r.pick(CITIES),
  zip: String(r.int(100, 99_999)).padStart(5, '0'),
  countryCodeV2: r.pick(['FI', 'FI', 'FI', 'SE', 'EE', 'PL', 'GR', 'JP']),
  phone: `+358 4${r.int(0, 9)} ${r.int(100, 999)} ${r.int(1000, 9999)}`,
});
const lineItems = (r: Rng) =>
  Array.from({ length: r.int(1, 5) }, () => {
    const [sku, title] = r.pick(PRODUCTS);
    return {
      sku,
      title,
      quantity: r.int(1, 3),
      price: `${r.int(9, 129)}.${r.pick(['00', '50', '90'])}`,
    };
  });

const PLANS: PartPlan[] = [
  {
    processorId: 'lastu-store',
    share: 0.15,
    head: [
      (r, email) => ({
        category: 'customer',
        id: 'C-1001',
        data: {
          name: name(r),
          email,
          phone: '+358 40 123 4567',
          address: { ...address(r), country: 'FI' },
          marketingConsent: {
            given: true,
            at: '2021-03-02T10:15:00Z',
            source: 'checkout checkbox',
          },
          createdAt: '2021-03-02T10:14:00Z',
        },
      }),
    ],
    bulk: (r, i) => ({
      category: 'order',
      id: `#${1000 + i}`,
      data: {
        placedAt: at(r, i),
        items: lineItems(r),
        total: `${r.int(20, 400)}.${r.int(10, 99)}`,
        currency: 'EUR',
        shipping: {
          method: r.pick([
            'Posti SmartPOST',
            'Matkahuolto',
            'DB Schenker',
            'Nouto Oulusta',
          ]),
          address: `${r.pick(STREETS)} ${r.int(1, 80)}, ${r.pick(CITIES)}`,
        },
        note: r.next() < 0.4 ? r.words(3, 25) : '',
      },
    }),
  },
  {
    processorId: 'shopify',
    share: 0.3,
    head: [
      (r, email) => ({
        category: 'customer',
        id: 'gid://shopify/Customer/7012345678901',
        data: {
          firstName: r.pick(FIRST),
          lastName: r.pick(LAST),
          email,
          phone: '+358401234567',
          createdAt: '2021-03-02T10:14:00Z',
          addresses: Array.from({ length: 4 }, () => address(r)),
          emailMarketing: {
            state: 'SUBSCRIBED',
            updatedAt: '2023-05-06T07:08:09Z',
          },
        },
      }),
    ],
    bulk: (r, i) => ({
      category: 'order',
      id: `gid://shopify/Order/${5_600_000_000_000 + i}`,
      data: {
        name: `#LST${1000 + i}`,
        createdAt: at(r, i),
        total: `${r.int(20, 400)}.${r.int(10, 99)}`,
        currency: 'EUR',
        lineItems: lineItems(r).map(({ title, quantity }) => ({
          title,
          quantity,
        })),
        shipping: {
          city: r.pick(CITIES),
          zip: String(r.int(100, 99_999)).padStart(5, '0'),
          country: 'FI',
        },
        financialStatus: r.pick([
          'PAID',
          'PAID',
          'REFUNDED',
          'PARTIALLY_REFUNDED',
        ]),
        fulfillmentStatus: r.pick(['FULFILLED', 'FULFILLED', 'UNFULFILLED']),
        browserIp: ip(r),
        customerNote: r.next() < 0.3 ? r.words(4, 30) : null,
      },
    }),
  },
  {
    processorId: 'sendgrid',
    share: 0.2,
    head: [
      (r, email) => ({
        category: 'contact',
        id: `sg-${r.hex(24)}`,
        data: {
          email,
          first_name: r.pick(FIRST),
          last_name: r.pick(LAST),
          city: r.pick(CITIES),
          list_ids: [r.hex(8), r.hex(8)],
          created_at: '2021-03-02T10:16:00Z',
          updated_at: '2024-01-12T09:00:00Z',
        },
      }),
      (_r, email) => ({
        category: 'suppression',
        id: 'global',
        data: { recipient_email: email, created_at: 1_704_067_200 },
      }),
    ],
    bulk: (r, i, email) => ({
      category: 'email activity',
      id: `msg-${r.hex(22)}`,
      data: {
        from_email: 'uutiskirje@lastu.example',
        to_email: email,
        subject: r.pick([
          'Tilauksesi on matkalla 📦',
          'Uutuudet: kataja & haapa 🌲',
          'Kiitos tilauksesta – #LST',
          'Din beställning är på väg',
          'Viikon tarjous: −20 % kuorista',
        ]),
        status: r.pick(['delivered', 'delivered', 'not_delivered']),
        opens_count: r.int(0, 6),
        clicks_count: r.int(0, 3),
        last_event_time: at(r, i),
        events: Array.from({ length: r.int(1, 4) }, () => ({
          event_name: r.pick(['processed', 'delivered', 'open', 'click']),
          processed: at(r, i),
          url:
            r.next() < 0.4
              ? `https://lastu.co/products/${r.hex(8)}?utm_source=sendgrid`
              : null,
          http_user_agent: r.pick(UA),
          ip: ip(r),
        })),
      },
    }),
  },
  {
    processorId: 'nosto',
    share: 0.15,
    head: [],
    bulk: (r, i) => ({
      category: 'browsing and purchase behaviour',
      id: `ev-${r.hex(16)}`,
      data: {
        type: r.pick(['view', 'view', 'view', 'cart', 'order', 'search']),
        productId: r.pick(PRODUCTS)[0],
        url: `https://lastu.co/products/${r.hex(10)}`,
        query: r.next() < 0.2 ? r.words(1, 3) : null,
        at: at(r, i),
        device: { id: r.hex(32), userAgent: r.pick(UA), ip: ip(r) },
        recommendationSlot: r.pick([
          'frontpage-1',
          'pdp-related',
          'cart-upsell',
        ]),
      },
    }),
  },
  {
    processorId: 'judgeme',
    share: 0.05,
    head: [],
    bulk: (r, i, email) => ({
      category: 'reviews and photos',
      id: `jm-${200_000 + i}`,
      data: {
        reviewer: { name: name(r), email },
        product: r.pick(PRODUCTS)[1],
        rating: r.int(1, 5),
        title: r.words(2, 6),
        body: r.words(20, 120),
        createdAt: at(r, i),
        pictures: Array.from(
          { length: r.int(0, 3) },
          () => `https://judgeme.imgix.net/lastu/${r.hex(20)}.jpg`,
        ),
        verified: r.pick(['buyer', 'email', 'nothing']),
      },
    }),
  },
  {
    processorId: 'justuno',
    share: 0.03,
    head: [],
    bulk: (r, i, email) => {
      const signup = at(r, i);
      return {
        category: 'consent records (sign-up and withdrawal dates)',
        id: `ju-${r.hex(12)}`,
        data: {
          email,
          list: r.pick(['Uutiskirje', 'Nyhetsbrev', 'Newsletter EN']),
          timestamp_signup: signup,
          timestamp_optout: r.next() < 0.3 ? at(r, i + 50) : '',
          source: r.pick(['exit pop-up', 'footer form', 'spin-to-win 🎡']),
          consent_text:
            'Haluan vastaanottaa Lastun uutiskirjeen. Voin perua tilauksen milloin tahansa.',
          ip: ip(r),
          userAgent: r.pick(UA),
        },
      };
    },
  },
  {
    processorId: 'posti',
    share: 0.12,
    head: [],
    bulk: (r, i) => ({
      category: 'parcel tracking',
      id: `JJFI${String(64_000_000_000 + i)}`,
      data: {
        recipient: { name: name(r), ...address(r) },
        service: r.pick(['Posti SmartPOST', 'Postipaketti', 'Kotipaketti']),
        weightKg: r.int(1, 40) / 10,
        events: Array.from({ length: r.int(2, 6) }, (_, k) => ({
          at: at(r, i + k),
          location: r.pick(CITIES),
          status: r.pick([
            'Lähetys on vastaanotettu',
            'Lähetys on kuljetuksessa',
            'Saapunut noutopisteeseen',
            'Luovutettu vastaanottajalle ✅',
          ]),
        })),
      },
    }),
  },
];

export const PROCESSOR_IDS = PLANS.map((p) => p.processorId);

/** Bytes (UTF-8) each processor's part gets out of `totalBytes`. */
export function partBudgets(totalBytes: number): Map<string, number> {
  return new Map(
    PLANS.map((p) => [p.processorId, Math.round(totalBytes * p.share)]),
  );
}

/** Distinct records per part; lines cycle through them (ids stay unique). */
const POOL = 512;

/**
 * The NDJSON lines of one processor's part, about `budgetBytes` long (it stops at the first line
 * that reaches the budget). Same arguments, same lines. The bulk cycles through POOL distinct
 * records (a few hundred KB per part: far beyond deflate's 32 KB window, so compression sees no
 * repetition) with the cycle number appended to each id, so a line costs a string concatenation
 * rather than building and serialising an object: the benchmark measures the pipeline, not the
 * generator.
 */
export function* partLines(
  processorId: string,
  budgetBytes: number,
  email: string,
): Generator<string> {
  const plan = PLANS.find((p) => p.processorId === processorId);
  if (!plan) throw new Error(`no plan for ${processorId}`);
  const r = new Rng(seedOf(processorId));
  let used = 0;
  for (const make of plan.head) {
    const line = JSON.stringify(make(r, email));
    used += Buffer.byteLength(line) + 1;
    yield line;
  }
  const pool = Array.from({ length: POOL }, (_, i) => {
    const record = plan.bulk(r, i, email);
    const line = JSON.stringify(record);
    const idAt = line.indexOf(JSON.stringify(record.id)) + 1;
    const before = line.slice(0, idAt + record.id.length);
    const after = line.slice(idAt + record.id.length);
    return { before, after, bytes: Buffer.byteLength(line) + 1 };
  });
  for (let i = 0; used < budgetBytes; i++) {
    const entry = pool[i % POOL] as (typeof pool)[number];
    const cycle = Math.floor(i / POOL);
    const suffix = cycle ? `~${cycle}` : '';
    used += entry.bytes + suffix.length;
    yield `${entry.before}${suffix}${entry.after}`;
  }
}

/**
 * The part as the S3 adapter receives it: UTF-8 chunks of `chunkBytes` that split lines (and
 * now and then a multi-byte character) anywhere.
 */
export function* partChunks(
  processorId: string,
  budgetBytes: number,
  email: string,
  chunkBytes = 64 * 1024,
): Generator<Buffer> {
  let pending: string[] = [];
  let size = 0;
  let carry: Buffer = Buffer.alloc(0);
  const flush = (): Buffer => {
    const joined = Buffer.concat([carry, Buffer.from(pending.join(''))]);
    pending = [];
    size = 0;
    return joined;
  };
  for (const line of partLines(processorId, budgetBytes, email)) {
    pending.push(line, '\n');
    size += line.length + 1;
    if (size >= chunkBytes) {
      // Cut at a fixed size, not at a line end: the reader must rejoin lines and characters.
      let bytes = flush();
      while (bytes.length >= chunkBytes) {
        yield bytes.subarray(0, chunkBytes);
        bytes = bytes.subarray(chunkBytes);
      }
      carry = bytes;
    }
  }
  const rest = flush();
  if (rest.length) yield rest;
}
