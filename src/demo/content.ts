// Words the generators draw from: believable notes and names, so a new user exploring the
// demo (or a developer reading a benchmark database) sees what a real practice looks like.
// Names include non-ASCII letters on purpose: search folds accents, sorting must not break.

export const SESSION_NOTES = [
  'Worked through the delegation map; next: hand the weekly report to the ops lead.',
  'Reviewed Q2 hiring plan. Agreed to write the role scorecard before posting.',
  'Prepared for the board update — tightened the narrative to three points.',
  'Talked through the pricing change and how to tell existing customers.',
  'Feedback conversation rehearsal; will try it on Thursday and report back.',
  'Energy low this week. Looked at calendar: too many 1:1s, will batch them.',
  'Followed up on last week’s experiment: the no-meeting Wednesday held.',
  'Mapped stakeholders for the reorg; two conversations to have before Friday.',
  'Discussed promotion case for a team lead; drafting criteria together.',
  'Good progress on focus time. Next: protect mornings for deep work.',
  'Worked on the investor update; sharper ask at the end.',
  'Conflict between product and sales — role-played the joint meeting.',
  'Set goals for the quarter: three outcomes, one habit.',
  'Reviewed the 360 feedback; picked two themes to work on.',
  'Client churn worry. Listed what is in their control this month.',
  '',
  '',
  '',
];

export const CHECK_IN_NOTES = [
  'Quick check-in: on track, nothing blocking.',
  'Short call — travel week, just the priorities for Monday.',
  'Check-in only; moved the main topic to next week.',
  '',
];

export const EXTENDED_NOTES = [
  'Extended session: annual planning, drafted the one-page strategy.',
  'Long session on the leadership offsite agenda.',
  'Extended: walked through the full org design options.',
];

export const NO_SHOW_NOTES = ['No-show; sent a note with two new times.', 'Did not join. Replied later — calendar mix-up.', ''];

export const CLIENT_CANCEL_NOTES = [
  'Cancelled: sick child.',
  'Cancelled — customer emergency.',
  'Asked to skip this week (travel).',
  'Cancelled the same morning, overbooked.',
  '',
];

export const COACH_CANCEL_NOTES = ['Cancelled by me — conference travel.', 'I was ill; offered a make-up slot.', 'Cancelled by me (public holiday).'];

export const RETAINER_LOG_NOTES = [
  'Reviewed draft board memo (async)',
  'Feedback on pitch deck by email',
  'Read and annotated the team survey results',
  'Prepared a reading list on delegation',
  'Voice-note replies during launch week',
  'Reviewed job description and interview plan',
];

export const PROJECT_LOG_NOTES = [
  'Workshop preparation',
  'Interview debriefs with the leadership team',
  'Facilitated strategy workshop',
  'Wrote up workshop outcomes',
  'Stakeholder interviews',
  'Review of the operating plan',
  'Team offsite facilitation',
];

export const FIRST_NAMES = [
  'Zoë', 'Łukasz', 'Søren', 'Chloé', 'Priya', 'Mateo', 'Aoife', 'Hannah', 'James', 'Ingrid',
  'Yuki', 'Lena', 'Tomás', 'Ben', 'Noah', 'Emma', 'Rafael', 'Amélie', 'Olivia', 'Felix',
  'Sofia', 'Daniel', 'Marta', 'Elif', 'Jonas', 'Ana', 'Björn', 'Céline', 'Dev', 'Eva',
  'Finn', 'Gül', 'Hugo', 'Ines', 'Jürgen', 'Kasia', 'Leïla', 'Miguel', 'Nora', 'Oskar',
  'Pål', 'Renée', 'Siobhán', 'Théo', 'Ulla', 'Vikram', 'Wiebke', 'Xavier', 'Yasmin', 'Zsófia',
];

export const LAST_NAMES = [
  'Hartmann', 'Nowak', 'Kjær', 'Moreau', 'Raman', 'García', 'Byrne', 'Schmidt', 'Okafor', 'Halvorsen',
  'Tanaka', 'Fischer', 'Silva', 'Carter', 'Weber', 'Johansson', 'Costa', 'Laurent', 'Brown', 'Braun',
  'Rossi', 'Kim', 'Kowalska', 'Yılmaz', 'Meyer', 'Müller', 'Dvořák', 'Ó Briain', 'Lefèvre', 'Andersen',
  'Novák', 'Patel', 'Jensen', 'Ferreira', 'Nieminen', 'Papadopoulos', 'Horváth', 'Øvergaard', 'Šimić', 'Zieliński',
];

export const COMPANY_WORDS = [
  'Harbour', 'Northwind', 'Lumen', 'Kestrel', 'Fjord', 'Alder', 'Copper', 'Meridian', 'Juniper', 'Atlas',
  'Bramble', 'Cobalt', 'Driftwood', 'Ember', 'Granite', 'Heron', 'Ironbark', 'Lark', 'Marigold', 'Nimbus',
];

export const COMPANY_SUFFIXES = ['GmbH', 'Ltd', 'Studio', 'Labs', 'AG', '& Co', 'Partners', 'Analytics', 'Digital', 'BV'];

export const CLIENT_ZONES = [
  'Europe/Berlin', 'Europe/London', 'Europe/Paris', 'Europe/Warsaw', 'Europe/Madrid', 'Europe/Copenhagen',
  'America/New_York', 'America/Toronto', 'America/Sao_Paulo', 'Asia/Tokyo', 'Australia/Sydney', 'Asia/Kolkata',
];
