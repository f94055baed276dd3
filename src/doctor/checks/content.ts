/**
 * The content folder and its plan, read and compiled through the same door as `plan validate` (src/run). The
 * findings themselves are `plan validate`'s to show: here only whether there is exactly one plan, how many
 * files and how many errors, and a pointer to `plan validate` when there are any.
 */
import { stat } from 'node:fs/promises';
import type { BrandingConfig } from '../../core/schema/branding.js';
import { flushAll } from '../../io/cache.js';
import { LoadError } from '../../io/load.js';
import { compileContent } from '../../run/compile.js';
import type { ContentOptions } from '../../run/types.js';
import type { Finding } from '../types.js';

/** What the other checks learn from the plan: the documents' language and the fonts the branding names. */
export interface PlanFacts {
  locale: 'nl-BE' | 'en';
  branding: BrandingConfig | undefined;
}

export async function checkContent(options: ContentOptions, dir: string): Promise<{ finding: Finding; plan: PlanFacts | undefined }> {
  const none = (status: 'problem', message: Finding['message'], fix: Finding['fix'], facts: Finding['facts']) => ({
    finding: { id: 'content' as const, status, message, fix, facts: { folder: options.contentDir, ...facts } },
    plan: undefined,
  });
  const info = await stat(options.contentDir).catch(() => undefined);
  if (!info)
    return none(
      'problem',
      (t) => t.content.notFound(dir),
      (t) => t.content.fixNotFound(dir),
      { exists: false },
    );
  if (!info.isDirectory())
    return none(
      'problem',
      (t) => t.content.notFolder(dir),
      (t) => t.content.fixNotFound(dir),
      { exists: false },
    );

  let compiled: Awaited<ReturnType<typeof compileContent>>;
  try {
    compiled = await compileContent(options);
  } catch (e) {
    if (!(e instanceof LoadError)) throw e;
    const reason = e.message;
    return none(
      'problem',
      (t) => t.content.unreadable(dir, reason),
      (t) => t.content.fixUnreadable(dir),
      { exists: true },
    );
  }
  await flushAll(compiled.caches);
  const { context, files } = compiled.result;
  // A plan file that does not validate is still a plan: its errors are counted below, like every other.
  const broken = [...context.placeholders.values()].filter((p) => p.kind === 'plan');
  const ids = [...context.plans.map((p) => p.data.id), ...broken.map((p) => p.id ?? p.file)];
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = compiled.diagnostics.filter((d) => d.severity === 'warning').length;
  const plan = context.plans.length === 1 && broken.length === 0 ? context.plans[0]! : undefined;
  const facts = {
    folder: options.contentDir,
    exists: true,
    files,
    plans: ids.length,
    plan: plan?.data.id ?? null,
    locale: plan?.data.locale ?? null,
    errors,
    warnings,
  };
  const planFacts = plan ? { locale: plan.data.locale, branding: plan.data.branding } : undefined;
  const finding = (
    status: Finding['status'],
    message: Finding['message'],
    fix?: Finding['fix'],
  ): { finding: Finding; plan: PlanFacts | undefined } => ({
    finding: { id: 'content', status, message, ...(fix ? { fix } : {}), facts },
    plan: planFacts,
  });

  if (ids.length === 0)
    return finding(
      'problem',
      (t) => t.content.noPlan(dir, files),
      (t) => t.content.fixNoPlan(dir),
    );
  if (ids.length > 1)
    return finding(
      'problem',
      (t) => t.content.manyPlans(dir, ids),
      (t) => t.content.fixManyPlans(dir),
    );
  const id = ids[0]!;
  if (errors > 0)
    return finding(
      'warning',
      (t) => t.content.errors(dir, id, files, errors),
      (t) => t.content.fixErrors(dir),
    );
  return finding('ok', (t) => t.content.ok(dir, id, plan?.data.locale, files));
}
