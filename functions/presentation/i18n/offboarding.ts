/**
 * A merchant's offboarding (domain/offboarding.ts) in the five languages: the email its members
 * get when Shopify's `shop/redact` arrives, and the console's banner until the erasure is done.
 * Each sentence states one recorded fact: when Shopify told us, from when we erase, what is
 * erased (open requests too), what is kept, and how to keep a copy or cancel.
 */
import { perLocale } from './lazy.ts';

export interface OffboardingMessages {
  subject: (shop: string) => string;
  /** Shopify told us, on `day`, that the shop removed the app. */
  told: (shop: string, day: string) => string;
  /** From `when`, everything is erased. */
  erasing: (shop: string, when: string) => string;
  /** What "everything" is, open requests included. */
  what: string;
  /** What we keep afterwards. */
  kept: string;
  /** Keep a copy first: the register under Reports. */
  export: string;
  /** Reinstalled or a mistake: an admin cancels in the console. */
  cancelHow: string;
  /** Banner heading while scheduled / under way. */
  bannerTitle: string;
  /** The erasure began (no longer cancellable). */
  begun: (when: string) => string;
  /** Open requests right now (only when there are some). */
  open: (count: number) => string;
  cancelButton: string;
  /** A member who may not cancel. */
  askAdmin: string;
  /** After the cancel. */
  cancelled: string;
}

const en: OffboardingMessages = {
  subject: (shop) => `${shop}: its data at our service will be erased`,
  told: (shop, day) =>
    `Shopify told us on ${day} that ${shop} removed our privacy app from the shop.`,
  erasing: (shop, when) =>
    `From ${when} we will erase everything we hold for ${shop}.`,
  what: 'That is every privacy request, including any still open (they are erased unfinished, and answering them is then up to you), with its audit trail, exports, certificates, uploaded files and received emails, the shop’s customer records held here, and the console’s members.',
  kept: 'We keep only a record that the erasure took place: the dates and how much was erased.',
  export:
    'Before then, keep what you need as the controller: download the request register under Reports, and save anything you need from each request’s page.',
  cancelHow:
    'Reinstalled the app, or removed it by mistake? An administrator can cancel the erasure in the console:',
  bannerTitle: 'This shop’s data will be erased',
  begun: (when) =>
    `The erasure began on ${when} and cannot be stopped any more.`,
  open: (count) =>
    count === 1
      ? '1 request is still open and will be erased unfinished.'
      : `${count} requests are still open and will be erased unfinished.`,
  cancelButton: 'Cancel the erasure',
  askAdmin: 'An administrator of the shop can cancel the erasure.',
  cancelled: 'The erasure is cancelled: nothing will be erased.',
};

/** English here; the other languages in offboarding/, each loaded when first read (lazy.ts). */
export const OFFBOARDING_MESSAGES =
  /* @__PURE__ */ perLocale<OffboardingMessages>('offboarding', en);
