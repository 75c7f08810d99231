import path from 'node:path';
import { z } from 'zod';
import { currency, probability, shortText, timeZone } from '../domain/fields.ts';
import { timestampText } from '../domain/instants.ts';
import { PAPER_SIZES } from '../domain/model.ts';
import { CALL_REMINDER_MINUTES } from '../domain/reminders.ts';
import { WEEKDAYS, type Weekday, workingHoursProblems } from '../domain/working-hours.ts';
import { getSettings, updateSettings } from '../store/settings.ts';
import { handler } from './contract.ts';

const MAX_LOGO_BYTES = 512 * 1024;

const logoDataUrl = z
  .string()
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/, 'must be a PNG or JPEG image')
  .refine((url) => url.length <= (MAX_LOGO_BYTES * 4) / 3 + 64, 'must be at most 512 KB')
  .nullable();

// The shape here; the rules (times, order, overlap, ranges a day) are the domain's, so the
// form and the core refuse the same hours with the same words, named by range.
const hoursRange = z.tuple([z.string(), z.string()]);
const workingHours = z
  .strictObject(
    Object.fromEntries(WEEKDAYS.map((day) => [day, z.array(hoursRange).optional()])) as Record<
      Weekday,
      z.ZodOptional<z.ZodArray<typeof hoursRange>>
    >,
  )
  .superRefine((hours, ctx) => {
    for (const { day, range, message } of workingHoursProblems(hours)) {
      ctx.addIssue({ code: 'custom', path: range === null ? [day] : [day, range], message });
    }
  });

export const settingsPatchSchema = z.strictObject({
  backupFolder: z
    .string()
    .max(1000)
    .refine((folder) => path.isAbsolute(folder), 'must be a full folder path')
    .nullable()
    .optional(),
  workingHours: workingHours.optional(),
  callReminders: z.boolean().optional(),
  backupRetention: z
    .strictObject({
      recent: z.number().int('must be a whole number').min(1, 'must keep at least 1').max(50, 'must be at most 50'),
      daily: z.number().int('must be a whole number').min(0, 'must not be negative').max(366, 'must be at most 366'),
      weekly: z.number().int('must be a whole number').min(0, 'must not be negative').max(260, 'must be at most 260'),
    })
    .optional(),
  callReminderMinutes: z
    .number()
    .int('must be a whole number of minutes')
    .min(CALL_REMINDER_MINUTES.min, `must be at least ${CALL_REMINDER_MINUTES.min}`)
    .max(CALL_REMINDER_MINUTES.max, `must be at most ${CALL_REMINDER_MINUTES.max}`)
    .optional(),
  businessName: shortText(200).optional(),
  businessAddress: shortText(1000).optional(),
  currency: currency.optional(),
  timeZone: timeZone.optional(),
  lateCancelHours: z
    .number()
    .int('must be a whole number of hours')
    .min(0, 'must not be negative')
    .max(720, 'must be at most 720')
    .optional(),
  paymentTermsDays: z
    .number()
    .int('must be a whole number of days')
    .min(0, 'must not be negative')
    .max(365, 'must be at most 365')
    .optional(),
  annualRetention: probability.optional(),
  winProbability: probability.optional(),
  paperSize: z.enum(PAPER_SIZES).optional(),
  logoDataUrl: logoDataUrl.optional(),
  onboarded: z.boolean().optional(),
  locale: z
    .string()
    .refine((tag) => Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0, 'must be a locale such as en-GB')
    .optional(),
});

export const settingsHandlers = {
  'settings.get': handler({
    input: z.strictObject({}),
    reads: ['settings'],
    writes: [],
    run: (ctx) => getSettings(ctx.store.sql),
  }),
  'settings.update': handler({
    input: settingsPatchSchema,
    reads: ['settings'],
    writes: ['settings'],
    run: (ctx, patch) => ctx.store.sql.transaction(() => updateSettings(ctx.store.sql, patch, timestampText(ctx.now()))),
  }),
};
