// The shapes the core answers for agreements, named once for the area.
import type { ApiInput, ApiOutput } from '../../api.ts';

export type AgreementDetail = ApiOutput<'agreements.get'>;
export type Agreement = AgreementDetail['agreement'];
export type AgreementRow = ApiOutput<'agreements.list'>[number];
export type AgreementDoc = AgreementDetail['document'];
export type DocBlock = AgreementDoc['clauses'][number]['blocks'][number];
export type DocRun = Extract<DocBlock, { type: 'paragraph' }>['runs'][number];
export type Clause = AgreementDetail['clauses'][number];
export type TermsPatch = Omit<ApiInput<'agreements.update'>, 'id' | 'clauses' | 'templateId'>;
export type VersionDiff = ApiOutput<'agreements.diff'>;
