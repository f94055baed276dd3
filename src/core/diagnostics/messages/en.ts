/** The English phrasing of every catalogue code: the message says what is wrong and why, the hint what to do. */

import { figure } from './figures-en.js';
import { fmt, kindLabel, kinds, list, q, suggest, typeLabel, unit } from './format.js';
import type { Messages } from './types.js';

const L = 'en';

export const en: Messages = {
  'parse/yaml-syntax': {
    message: (a) => `The YAML cannot be read: ${a.reason}.`,
    hint: () =>
      'Check indentation, quoting and colons around this position; quote text that contains “: ” or starts with a special character.',
  },
  'parse/duplicate-key': {
    message: (a) => `The key ${q(a.key)} occurs twice in the same map; only one value can hold.`,
    hint: () => 'Remove or merge one of the two entries.',
  },
  'parse/front-matter-missing': {
    message: () => 'This Markdown file has no YAML front matter, so planwerk cannot tell what it describes.',
    hint: () => 'Start the file with a line “---”, the fields (at least kind and id), and a closing “---”.',
  },
  'parse/front-matter-unclosed': {
    message: () => 'The front matter opened with “---” is never closed, so the whole file would be read as YAML.',
    hint: () => 'Add a line “---” after the last field.',
  },
  'parse/not-a-map': {
    message: (a) =>
      `The YAML must be a map of fields (key: value), but it is ${a.found === 'list' ? 'a list' : `the value ${a.value ?? ''}`}.`,
    hint: () => 'Write one “key: value” per line.',
  },
  'schema/unknown-kind': {
    message: (a) =>
      a.kind === undefined
        ? 'This file has no “kind”, so planwerk cannot tell what it describes.'
        : `${q(a.kind)} is not a kind planwerk knows.`,
    hint: (a) => suggest(L, a.suggestion, `Use one of: ${list(a.known)}.`),
  },
  'schema/missing-key': {
    message: (a) =>
      a.allowed === undefined
        ? `The field ${q(a.key)} is required here (${typeLabel(a.expected, L)}).`
        : `The field ${q(a.key)} is required here, one of: ${list(a.allowed)}.`,
    hint: (a) => `Add “${a.key}: ${a.allowed?.[0] ?? '…'}”.`,
  },
  'schema/unknown-key': {
    message: (a) => `The field ${q(a.key)} is not part of this kind of document, so its value would be lost.`,
    hint: (a) => suggest(L, a.suggestion, `Remove it, or use one of: ${list(a.known)}.`),
  },
  'schema/invalid-type': {
    message: (a) => `Expected ${typeLabel(a.expected, L)}, found ${typeLabel(a.found, L)}${a.value === undefined ? '' : ` (${a.value})`}.`,
    hint: (a) =>
      a.expected === 'string' && a.found === 'number'
        ? 'Put the value in quotes, e.g. "2.10", so it stays text exactly as written.'
        : `Write ${typeLabel(a.expected, L)} here.`,
  },
  'schema/invalid-value': {
    message: (a) => `${q(a.value)} is not one of the allowed values (${list(a.allowed)}).`,
    hint: (a) => suggest(L, a.suggestion, 'Write one of the allowed values exactly as listed.'),
  },
  'schema/invalid-date': {
    message: (a) =>
      a.reason === 'impossible'
        ? `${q(a.value)} is not a date that exists in the calendar.`
        : `${q(a.value)} is not an ISO date${a.allowsPartial ? ' (YYYY-MM-DD, YYYY-MM or YYYY)' : ' (YYYY-MM-DD)'}.`,
    hint: (a) =>
      a.reason === 'impossible'
        ? 'Correct the date; if the source states it this way, keep its words in “raw” and record the correction in “correction”.'
        : 'Write the date as 2021-09-01 (or 2021-09 when the source gives only a month).',
  },
  'schema/invalid-id': {
    message: (a) => `${q(a.value)} is not a valid id: ids are lower-case letters, digits and single hyphens or dots.`,
    hint: () => 'For example: sd1, od-sociale-bescherming, cafe-anoniem.',
  },
  'schema/out-of-range': {
    message: (a) =>
      a.what === 'size'
        ? `This has ${a.direction === 'min' ? 'fewer' : 'more'} items or characters than allowed (${a.direction === 'min' ? 'at least' : 'at most'} ${a.limit}).`
        : `${a.value} is ${a.direction === 'min' ? 'below the minimum' : 'above the maximum'} of ${a.limit}.`,
    hint: () => 'Correct the value.',
  },
  'schema/invalid': {
    message: (a) => `${a.detail}.`,
    hint: () => 'See the content model in docs/content-model.md.',
  },
  'link/duplicate-id': {
    message: (a) => `The id ${q(a.id)} is used by more than one document, so references to it are ambiguous.`,
    hint: () => 'Give each document its own id.',
    related: (a) => `${q(a.id)} is also defined here`,
  },
  'link/unknown-reference': {
    message: (a) => `No ${kinds(a.expected, L)} has the id ${q(a.id)}.`,
    hint: (a) => suggest(L, a.suggestion, 'Check the spelling, or add the document this refers to.'),
  },
  'link/unknown-body-link': {
    message: (a) => `The link “@${a.id}” in the text points to no goal, action or other document.`,
    hint: (a) => suggest(L, a.suggestion, 'Write [text](@id) with the id of an existing document.'),
  },
  'link/wrong-kind': {
    message: (a) => `${q(a.id)} is a ${kindLabel(a.found, L)}, but a ${kinds(a.expected, L)} is expected here.`,
    hint: () => 'Refer to a document of the expected kind.',
    related: (a) => `${q(a.id)} is defined here`,
  },
  'link/divergence-unknown-document': {
    message: (a) => `No built document is called ${q(a.id)}, so the quality report cannot say where this divergence shows.`,
    hint: (a) => `Name one of ${a.expected.map(q).join(', ')}.`,
  },
  'link/divergence-unknown-source': {
    message: (a) => `The divergences record names no source ${q(a.id)}, so its line numbers count in no known text.`,
    hint: (a) =>
      a.sources.length > 0
        ? `Name one of ${a.sources.map(q).join(', ')}, or add the source under \`sources\`.`
        : 'Add the source under `sources` of a divergences record (kind divergences).',
  },
  'link/divergence-lines-reversed': {
    message: (a) => `The line range ${a.from}–${a.to} ends before it starts.`,
    hint: (a) => `Write the first line first: [${a.to}, ${a.from}].`,
  },
  'link/parent-cycle': {
    message: (a) => `The parents form a cycle (${a.cycle.join(' → ')}), so there is no top to this tree.`,
    hint: () => 'Break the cycle: one of these must have another parent or none.',
    related: () => 'part of the cycle',
  },
  'link/goal-parent': {
    message: (a) =>
      a.problem === 'missing'
        ? `The operational goal ${q(a.id)} has no parent; every operational goal belongs to a strategic goal.`
        : a.problem === 'not-strategic'
          ? `The parent of the operational goal ${q(a.id)} is not a strategic goal.`
          : `The strategic goal ${q(a.id)} has a parent; strategic goals are the top of the tree.`,
    hint: (a) =>
      a.problem === 'unexpected' ? 'Remove “parent”, or make this an operational goal.' : 'Set “parent” to the id of a strategic goal.',
    related: () => 'the parent’s level',
  },
  'link/action-parent': {
    message: (a) =>
      a.problem === 'missing'
        ? `The sub-project ${q(a.id)} has no parent; a sub-project belongs to a strategic or transversal action.`
        : a.problem === 'sub-project'
          ? `The parent of ${q(a.id)} is itself a sub-project; sub-projects hang under an action.`
          : `${q(a.id)} has a parent, but only sub-projects have one.`,
    hint: (a) =>
      a.problem === 'unexpected'
        ? 'Remove “parent”, or make this a sub-project (kind: sub-project).'
        : 'Set “parent” to the id of the action this project contributes to.',
    related: () => 'the parent is a sub-project',
  },
  'link/action-without-goal': {
    message: (a) => `The action ${q(a.id)} contributes to no goal, so it has no place in the plan's logic.`,
    hint: () => 'List the goals it serves under “goals”, each with a strength (contributes or may-contribute).',
  },
  'link/goal-unserved': {
    message: (a) => `No action serves the operational goal ${q(a.id)}, so nothing in the plan works towards it.`,
    hint: () => 'Add this goal to the “goals” of an action that serves it, or drop the goal.',
  },
  'link/dropped-goal-referenced': {
    message: (a) => `The goal ${q(a.id)} was dropped in ${a.dropped}, but this reference still counts from then on.`,
    hint: (a) => `Point to the goal that replaces it, or end the contribution with “until: ${a.dropped - 1}”.`,
    related: () => 'the goal is dropped here',
  },
  'link/replacement-without-drop': {
    message: (a) => `${q(a.id)} names a replacement but has no “dropped” year, so both would count at once.`,
    hint: () => 'Add “dropped: YEAR”, the year the replacement took over.',
  },
  'link/plan-missing': {
    message: () => 'The content has no document of kind “plan”, so there is no period, organisation or list of themes.',
    hint: () => 'Add content/plan.md (see docs/content-model.md).',
  },
  'link/plan-multiple': {
    message: (a) => `There is more than one plan (${q(a.id)} is another); one content folder holds one plan.`,
    hint: () => 'Keep one plan per content folder.',
    related: () => 'the other plan',
  },
  'link/unknown-part': {
    message: (a) =>
      `${q(a.name)} is not a part or piece of a ${a.document === 'plan' ? 'plan' : 'progress report'}, so this chapter cannot place it.`,
    hint: (a) => suggest(L, a.suggestion, `Name one of: ${a.expected.join(', ')}.`),
  },
  'link/part-placed-twice': {
    message: (a) => `The part ${q(a.name)} is already placed by another chapter (or earlier in this one); a part is printed once.`,
    hint: () => 'Remove it here, or from the chapter that places it first.',
    related: () => 'placed first here',
  },
  'timing/end-before-start': {
    message: (a) => `The end ${a.end} lies before the start ${a.start}.`,
    hint: () => 'Correct one of the two dates; keep the source’s words in “raw” if it states them this way.',
  },
  'timing/outside-parent': {
    message: (a) => `${q(a.id)} runs ${a.period}, outside the period of its parent ${q(a.parent)} (${a.parentPeriod}).`,
    hint: () => 'Check both timings against the source; if the source says so, the finding stands.',
    related: () => 'the parent’s timing',
  },
  'timing/outside-plan': {
    message: (a) => `${q(a.id)} runs ${a.period}, which does not overlap the plan period ${a.planPeriod}.`,
    hint: () => 'Check the timing; an action that ends before the plan starts does not belong in it.',
  },
  'progress/year-outside-plan': {
    message: (a) => `${a.year} is outside the plan period ${a.planPeriod}, so this cannot report on the plan.`,
    hint: () => 'Correct the year.',
  },
  'progress/duplicate': {
    message: (a) => `${q(a.project)} has more than one progress entry for ${a.year}; the report would show it twice.`,
    hint: () => 'Merge the two entries.',
    related: () => 'the other entry',
  },
  'progress/no-report': {
    message: (a) => `There is no progress report (kind: report) for ${a.year}, so this entry belongs to no document.`,
    hint: (a) => `Add a report for ${a.year}, or correct the year.`,
  },
  'compute/declared-differs': {
    message: (a) => `${figure(a)}: the source states ${fmt(a.stated, L)}${unit(a)}, the inputs give ${fmt(a.computed, L)}${unit(a)}.`,
    hint: () =>
      'Keep the stated figure as the source prints it; check the inputs. The document prints the stated figure; the quality report shows both.',
  },
  'compute/stated-part-exceeds': {
    message: (a) =>
      `${figure(a)}: the source's text states at least ${fmt(a.stated, L)}${unit(a)} (a part it names), the inputs give ${fmt(a.computed, L)}${unit(a)}.`,
    hint: () =>
      'Keep the figures as the source gives them (the text’s part in `atLeast`, the inputs as the projects state them) and record in `correction` how they disagree; accept the finding when it is the source’s.',
  },
  'compute/unknown-target': {
    message: (a) => `There is no indicator ${q(a.indicator)} to set a baseline or target for.`,
    hint: () => 'Use an indicator id such as rgi-2.3.',
  },
  'compute/target-unmatched': {
    message: (a) =>
      `Table ${a.indicator} of ${a.year} has no figure for row ${q(a.row)} and column ${q(a.column)}, so this baseline or target is not shown.`,
    hint: () =>
      'Use a row id of the table (a theme id, a year, a source label) and a column id (an activity type id, fte, fteDirect); leave out the column for a row total and both for the table total.',
  },
  'report/unexplained-difference': {
    message: (a) =>
      a.kind === 'added'
        ? `${q(a.project)} is new in ${a.year} and no change record of ${a.year} says so.`
        : `The ${a.year} report states another ${{ title: 'title', timing: 'timing', goals: 'set of contributions' }[a.kind]} for ${q(a.project)} than the plan (plan: ${a.plan}; report: ${a.report}), and no change record explains it.`,
    hint: (a) =>
      `If the change is intended, record it in a change document of ${a.year} (kind: change, action: ${a.project}); the report shows it either way.`,
  },
  'report/nothing-stated': {
    message: (a) =>
      `The ${a.year} report ${q(a.report)} states nothing about ${a.entries === 1 ? 'its one project' : `its ${a.entries} projects`}: every progress entry has its ratings and status not stated, no figures and no text of its own, so the funder would read “not stated” throughout.`,
    hint: () =>
      'Fill in the progress entries: the ratings and status, the measures, and what each project did in the text. Until then the report is not ready to send.',
  },
  'link/starter-text': {
    message: (a) =>
      `${a.field ? q(a.field) : 'The text'} still holds the starter's example ${q(a.text)}: \`plan init\` wrote it to show what belongs here, and the funder's documents would print it.`,
    hint: () => 'Replace it with your own text, or delete it. Such findings cannot be accepted in the baseline.',
  },
  'link/placeholder': {
    message: (a) =>
      a.field ? `${q(a.field)} still holds the placeholder ${q(a.text)}.` : `The text still holds the placeholder ${q(a.text)}.`,
    hint: () =>
      'Replace it with the real value or text; `plan new` writes TODO where it cannot know what belongs there. Such findings cannot be accepted in the baseline.',
  },
  'output/path-conflict': {
    message: (a) =>
      `Two outputs of the build would be written to one file, ${q(a.path)}${a.other !== a.path ? ` and ${q(a.other)} (the same name where case does not count)` : ''}; one would overwrite the other.`,
    hint: () => 'Give the documents different ids: the file name of each document is its id.',
    related: () => 'The other output with this name comes from here.',
  },
  'output/name-too-long': {
    message: (a) =>
      `The output file ${q(a.path.length > 60 ? `${a.path.slice(0, 40)}…${a.path.slice(-12)}` : a.path)} would have a name of ${a.bytes} bytes; most file systems hold 255 at most, and planwerk keeps names to ${a.max} so that every copy of the output can hold them.`,
    hint: (a) => `Shorten this id: the file name of a document is its id, and it may be at most ${a.max - 5} characters.`,
  },
  'baseline/stale': {
    message: (a) => `${a.baseline} accepts a ${q(a.code)} finding in this file that no longer occurs: ${a.message}`,
    hint: (a) => `If it was fixed, remove the entry: run \`plan validate --prune-baseline\` and commit ${a.baseline}.`,
  },
  'load/outside-content': {
    message: (a) =>
      `This is a symbolic link to ${q(a.target)}, outside the content folder; planwerk reads nothing outside it, so it is not read.`,
    hint: () => 'Move or copy what it points to into the content folder, or remove the link.',
  },
  'load/unreadable': {
    message: (a) =>
      ({
        folder: 'This folder cannot be read, so the content in it is missing from the build',
        'broken-link': 'This symbolic link points to nothing, so there is no file to read',
        'not-a-file': 'This is not an ordinary file (a pipe, device or socket), so it cannot be read as content',
        permission: 'This file cannot be read: permission denied',
        other: 'This file cannot be read',
      })[a.reason] + (a.detail ? ` (${a.detail}).` : '.'),
    hint: (a) =>
      a.reason === 'permission' || a.reason === 'folder'
        ? 'Make it readable for the user who runs plan, or move it out of the content folder.'
        : 'Replace it by an ordinary file, or remove it from the content folder.',
  },
  'load/binary': {
    message: (a) =>
      `This file contains a NUL byte (at byte ${a.offset}), so it is not text: a binary file with a content name, or text saved as UTF-16.`,
    hint: () => 'Save the text as UTF-8, or rename or move the file if it is not content (.md, .yaml and .yml files are read as content).',
  },
  'load/invalid-utf8': {
    message: (a) =>
      `The byte 0x${a.byte} here does not belong to UTF-8 text, so the characters cannot be read for sure; planwerk does not guess.`,
    hint: () =>
      'Save the file as UTF-8 in your editor (it was probably saved as Latin-1 or Windows-1252), then check the character at this position.',
  },
  'load/too-large': {
    message: (a) =>
      `This file is ${fmt(a.size / 1048576, L)} MB; content files are read up to ${fmt(a.limit / 1048576, L)} MB, so it is not read.`,
    hint: () =>
      'Split the text over several files (one per chapter or project), or move a file that is not content out of the content folder.',
  },
  'parse/too-deep': {
    message: (a) =>
      `The ${a.where === 'yaml' ? 'YAML' : 'Markdown'} here is nested more than ${a.limit} levels deep; no plan needs that, and reading it could stall or crash the build.`,
    hint: () => 'Flatten the structure (fewer nested lists, quotes or elements); check for a runaway copy and paste.',
  },
  'parse/alias-expansion': {
    message: (a) =>
      `The YAML aliases (*name) here expand to more than ${a.limit} copies, which would use up memory (a “billion laughs” file); it is not read.`,
    hint: () => 'Write the values out instead of repeating anchors and aliases.',
  },
  'asset/missing': {
    message: (a) => `${q(a.path)} is not in the content folder: there is no file ${a.looked}.`,
    hint: () =>
      'A path is relative to the folder of the file it is written in (as in GitHub’s preview); one starting with / is relative to the content folder (/images/logo.png means content/images/logo.png). Check the spelling and the letter case.',
  },
  'asset/remote': {
    message: (a) => `${q(a.url)} is on the internet; the documents are self-contained and fetch nothing.`,
    hint: () => 'Download the file into the content folder (e.g. content/images/) and refer to it by that path.',
  },
  'asset/outside-content': {
    message: (a) => `${q(a.path)} points outside the content folder.`,
    hint: () =>
      'Copy the file into the content folder and refer to it from there: relative to the file the path is written in, or starting with / from the content folder.',
  },
  'asset/unsupported-type': {
    message: (a) => `${q(a.path)} is not one of the supported types here (${a.allowed.join(', ')}).`,
    hint: () => 'Convert the file to a supported type; the type is read from the file name extension.',
  },
  'asset/too-large': {
    message: (a) => `${q(a.path)} is ${a.kilobytes} kB; it is embedded in every document that uses it (limit ${a.limit} kB).`,
    hint: () => 'Scale the image down to the size it is printed at, or save it compressed (JPEG or WebP for photos).',
  },
  'asset/over-limit': {
    message: (a) =>
      `${q(a.path)} is ${fmt(a.size / 1048576, L)} MB; files the documents embed are read up to ${fmt(a.limit / 1048576, L)} MB, so it is not read.`,
    hint: () =>
      'Make the file smaller: scale an image down to the size it is printed at or save it compressed (JPEG or WebP for photos); keep only the characters a font needs.',
  },
  'asset/missing-alt': {
    message: (a) => `The image ${q(a.path)} has no alt text, so a screen reader (and the PDF's /Alt) cannot say what it shows.`,
    hint: () => 'Write what the image shows between the brackets: ![Map of the region](images/map.png).',
  },
  'asset/svg-unsafe': {
    message: (a) => `${q(a.path)} holds scripts, event handlers or references to other files; they were left out of the documents.`,
    hint: () => 'Export the SVG as a plain drawing (no scripts, no linked images or fonts) so what you see is what is printed.',
  },
  'asset/stylesheet-reference': {
    message: (a) => `The content style sheet refers to ${q(a.reference)}; the documents are self-contained and load nothing.`,
    hint: () => 'Remove the @import or url(); set fonts and the logo in the plan’s branding: section, which embeds them.',
  },
  'asset/stylesheet-hides-text': {
    message: (a) =>
      `The content style sheet sets ${q(a.declaration)} on ${q(a.selector)}: text of the document would be hidden from its readers, though it stays in the file.`,
    hint: () => 'Change how text looks, not whether it shows; leave out what should not be in the document from the content instead.',
  },
};
