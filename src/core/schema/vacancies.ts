/** `vacancies`: open positions (schema.org `JobPosting`), from the profile or a feed. */
import * as v from 'valibot';
import { isoDateOrTime, Link, list, text, texts, url } from './fields.js';

/** An open position (schema.org `JobPosting`), as the profile or a feed gives it. */
export const JobPosting = v.object({
  /** A plain id, or a schema.org `PropertyValue` (`{ name, value }`) as Google's job docs write it. */
  identifier: v.optional(
    v.union([text, v.number(), v.object({ name: v.optional(text), value: v.union([text, v.number()]) })]),
  ),
  title: text,
  description: v.optional(text),
  hiringOrganization: v.optional(v.object({ name: text })),
  jobLocation: v.optional(
    v.object({
      address: v.optional(v.object({ addressLocality: v.optional(text), postalCode: v.optional(text) })),
    }),
  ),
  jobStartDate: v.optional(isoDateOrTime),
  datePosted: v.optional(isoDateOrTime),
  validThrough: v.optional(isoDateOrTime),
  employmentType: v.optional(v.union([text, texts])),
  url: v.optional(url),
});

export const Vacancies = v.object({
  /** Shown when no vacancy is open. */
  emptyText: v.optional(text),
  jobAlert: v.optional(v.object({ title: v.optional(text), description: v.optional(text), cta: Link })),
  /** All vacancies, for a "show all" link. */
  moreLink: v.optional(Link),
  items: v.optional(list(JobPosting)),
});
