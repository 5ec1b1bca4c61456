// The pane's behaviour, free of React so it reads top to bottom: each button is one method.
// Every method reads the workbook afresh (the user may have edited it), computes everything it
// will write before writing anything, and turns any failure into a message bar.
import type { ProblemModule } from '../app/problem';
import type { Issue } from '../schema/issue';
import { hasErrors } from '../schema/issue';
import { normName } from '../schema';
import type { SheetValues, WorkbookRecords } from '../schema/records';
import type { SolveRun } from '../worker/client';
import type { ProblemKind } from '../worker/protocol';
import { PRIMARY_SHEETS, onPrimarySheet } from '../app/registry';
import type { PaneServices } from './services';
import { settingWrite } from './settingsCells';
import { addPoint, countBySeverity, formatCost, initialState, type PaneMessage, type PaneState } from './state';
import { exampleTemplates } from './templates';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const describe = (error: unknown) => {
  const text = (error instanceof Error ? error.message : String(error)).trim() || 'Unknown error.';
  return /[.!?]$/.test(text) ? text : `${text}.`;
};

export class PaneController {
  private state: PaneState = initialState;
  private listeners = new Set<() => void>();
  private unsubscribe: (() => void) | null = null;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private values: SheetValues = {};
  private activeRun: SolveRun | null = null;
  private stoppedPayload: { module: ProblemModule; problem: unknown; solution: unknown } | null = null;
  private pendingConfirm: (() => Promise<void>) | null = null;
  private lastSheetSettings: { timeLimitText: string; seedText: string } | null = null;

  constructor(private readonly services: PaneServices) {}

  // --- store plumbing (useSyncExternalStore) ---
  getState = (): PaneState => this.state;
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((l) => l());
  }
  private fail(title: string, error: unknown, todo: string): void {
    this.set({ message: { intent: 'error', title, body: `${describe(error)} ${todo}`.trim() } });
  }
  /** Dismissing the offer after a Cancel discards the best-so-far, as Discard would. */
  dismissMessage = (): void => {
    if (this.state.stopped) this.stoppedPayload = null;
    this.set({ message: null, stopped: null });
  };

  /** Read the workbook once, listen for edits. Returns the stop function. */
  start = (): (() => void) => {
    this.unsubscribe = this.services.host.onSheetChanged(() => this.onEdited());
    void this.inspect().catch((e) => this.fail("Couldn't read the workbook", e, 'Close any cell you are editing, then press Validate.'));
    return () => {
      this.unsubscribe?.();
      clearTimeout(this.debounce);
      this.activeRun?.cancel();
    };
  };

  private module(kind: ProblemKind): ProblemModule | undefined {
    return this.services.modules.find((m) => m.kind === kind);
  }

  /** Read + check; updates what the pane knows (problems defined, settings, issues). */
  private async inspect(): Promise<{ records: WorkbookRecords; issues: Issue[] }> {
    this.values = await this.services.host.readSheets();
    const { records, issues } = this.services.check(this.values);
    const defined = { timetable: false, clubs: false };
    const outputs = { timetable: false, clubs: false };
    for (const kind of ['timetable', 'clubs'] as const) {
      const m = this.module(kind);
      defined[kind] = !!m && m.defined(records);
      outputs[kind] = records.sheetNames[PRIMARY_SHEETS[kind].key] !== undefined;
    }
    // Follow Settings, except while solving or where the user has typed something not yet saved.
    const fromSheet = { timeLimitText: String(records.settings.timeLimit), seedText: String(records.settings.seed) };
    const settings: Partial<PaneState> = {};
    if (this.state.busy !== 'solve') {
      for (const key of ['timeLimitText', 'seedText'] as const) {
        if (this.lastSheetSettings === null || this.state[key] === this.lastSheetSettings[key]) settings[key] = fromSheet[key];
      }
      this.lastSheetSettings = fromSheet;
    }
    this.set({ issues, defined, outputs, ...settings });
    return { records, issues };
  }

  private onEdited(): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.revalidate(), this.services.debounceMs ?? 500);
  }

  /** After an edit: check again and, if highlights are on, redraw them. */
  private async revalidate(): Promise<void> {
    try {
      const { issues } = await this.inspect();
      if (this.state.marked && this.state.busy === null) {
        await this.services.host.clearMarks();
        await this.services.host.markIssues(issues);
      }
    } catch (e) {
      this.fail("Couldn't re-check the edited sheet", e, 'Press Validate to try again.');
    }
  }

  private async exclusive(busy: NonNullable<PaneState['busy']>, body: () => Promise<void>): Promise<void> {
    if (this.state.busy) return;
    this.set({ busy, message: null });
    try {
      await body();
    } finally {
      this.set({ busy: null });
    }
  }

  // --- Data ---
  insertTemplates = (): Promise<void> =>
    this.exclusive('insert', async () => {
      try {
        const created = await this.services.host.insertTemplateSheets([...this.services.templates]);
        this.set({ message: created.length
          ? { intent: 'success', title: `Created ${plural(created.length, 'sheet')}`, body: `${created.join(', ')}. Hover a header cell's column to see what goes there.` }
          : { intent: 'info', title: 'Nothing to insert', body: 'Every input sheet already exists; none was changed.' } });
        await this.inspect();
      } catch (e) {
        this.fail("Couldn't insert the template sheets", e, 'No existing sheet was changed. Try again, or insert fewer sheets by deleting the partial ones first.');
      }
    });

  requestExample = (): Promise<void> =>
    this.exclusive('example', async () => {
      try {
        const [example, names] = await Promise.all([this.services.example(), this.services.host.sheetNames()]);
        const existing = new Set(names.map(normName));
        const templates = exampleTemplates(example);
        const missing = templates.filter((t) => !existing.has(normName(t.name)));
        const kept = templates.filter((t) => existing.has(normName(t.name))).map((t) => t.name);
        if (missing.length === 0) {
          this.set({ message: { intent: 'info', title: 'Nothing to load', body: 'Every example sheet already exists in this workbook; none was changed. Use a new workbook to see the example.' } });
          return;
        }
        this.pendingConfirm = async () => {
          const created = await this.services.host.insertTemplateSheets(missing);
          this.set({ message: { intent: 'success', title: 'Example loaded', body: `Filled ${plural(created.length, 'sheet')}: ${created.join(', ')}. Press Validate, then Solve.` } });
          await this.inspect();
        };
        this.set({ confirm: {
          title: 'Load the example?',
          body: `This adds ${plural(missing.length, 'new sheet')} (${missing.map((t) => t.name).join(', ')}).` +
            (kept.length ? ` Existing sheets are not overwritten: ${kept.join(', ')} stay as they are.` : ' No existing sheet is changed.'),
          confirmLabel: 'Load example sheets',
        } });
      } catch (e) {
        this.fail("Couldn't prepare the example", e, 'Nothing was written. Try again.');
      }
    });

  confirm = (): Promise<void> => {
    const action = this.pendingConfirm;
    this.pendingConfirm = null;
    this.set({ confirm: null });
    if (!action) return Promise.resolve();
    return this.exclusive('example', async () => {
      try {
        await action();
      } catch (e) {
        this.fail("Couldn't load the example", e, 'Sheets that already existed were not touched; delete any partly filled example sheet and try again.');
      }
    });
  };
  cancelConfirm = (): void => {
    this.pendingConfirm = null;
    this.set({ confirm: null });
  };

  // --- Check ---
  validate = (): Promise<void> =>
    this.exclusive('validate', async () => {
      try {
        const { issues } = await this.inspect();
        await this.services.host.clearMarks();
        await this.services.host.markIssues(issues);
        const c = countBySeverity(issues);
        this.set({ marked: true, message: issues.length === 0
          ? { intent: 'success', title: 'No problems found', body: 'Every sheet reads cleanly. You can solve now.' }
          : { intent: c.error ? 'error' : 'warning', title: `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}`,
              body: c.error ? 'Errors are highlighted in red and block solving; choose one below to go to its cell.' : 'Warnings are highlighted in amber; they do not block solving.' } });
      } catch (e) {
        this.fail("Couldn't validate", e, 'Close any cell you are editing and press Validate again.');
      }
    });

  clearHighlights = (): Promise<void> =>
    this.exclusive('clear', async () => {
      try {
        await this.services.host.clearMarks();
        this.set({ marked: false, message: { intent: 'info', title: 'Highlights cleared', body: 'The original cell colours are back.' } });
      } catch (e) {
        this.fail("Couldn't clear the highlights", e, 'Try again; the fills we changed are remembered in the workbook.');
      }
    });

  selectIssue = async (issue: Issue): Promise<void> => {
    try {
      await this.services.host.select(issue.sheet, issue.cell);
    } catch (e) {
      this.fail(`Couldn't go to ${issue.sheet}!${issue.cell}`, e, 'The sheet may have been renamed or deleted; press Validate again.');
    }
  };

  // --- Settings written back ---
  setTimeLimitText = (text: string): void => this.set({ timeLimitText: text });
  setSeedText = (text: string): void => this.set({ seedText: text });

  commitSetting = async (which: 'timeLimit' | 'seed'): Promise<void> => {
    const text = which === 'timeLimit' ? this.state.timeLimitText : this.state.seedText;
    const n = Number(text.trim());
    const ok = which === 'timeLimit' ? Number.isFinite(n) && n >= 1 && n <= 86400 : Number.isInteger(n);
    if (!ok) {
      this.set({ message: { intent: 'warning', title: which === 'timeLimit' ? 'Time limit not changed' : 'Seed not changed',
        body: which === 'timeLimit' ? `'${text}' is not a number of seconds between 1 and 86400; type e.g. 30.` : `'${text}' is not a whole number; type e.g. 1.` } });
      return;
    }
    const write = settingWrite(this.values, which === 'timeLimit' ? 'Time limit' : 'Seed', n);
    try {
      await this.services.host.writeCells(write.sheet, write.cells);
      this.values = await this.services.host.readSheets();
      const key = which === 'timeLimit' ? 'timeLimitText' : 'seedText';
      this.set({ [key]: String(n) });
      if (this.lastSheetSettings) this.lastSheetSettings = { ...this.lastSheetSettings, [key]: String(n) };
    } catch (e) {
      this.fail(`Couldn't save the ${which === 'timeLimit' ? 'time limit' : 'seed'} to Settings`, e, 'The solver will still use it for this run; try again to save it.');
    }
  };

  // --- Solve ---
  solve = (kind: ProblemKind): Promise<void> =>
    this.exclusive('solve', async () => {
      this.stoppedPayload = null;
      this.set({ stopped: null });
      const module = this.module(kind);
      try {
        if (!module) throw new Error(`The ${kind} solver is not part of this build.`);
        const { records, issues } = await this.inspect();
        if (hasErrors(issues)) {
          this.set({ message: { intent: 'error', title: `Fix ${plural(countBySeverity(issues).error, 'error')} first`, body: 'Press Validate to highlight them; nothing was solved or written.' } });
          return;
        }
        if (!module.defined(records)) {
          this.set({ message: { intent: 'warning', title: `No ${kind} problem in this workbook`, body: kind === 'timetable' ? 'Add a Courses sheet (Insert template sheets) and fill it.' : 'Add Clubs and Votes sheets (Insert template sheets) and fill them.' } });
          return;
        }
        const built = module.build(records);
        if (hasErrors(built.issues)) {
          this.set({ issues: [...issues, ...built.issues], message: { intent: 'error', title: `The ${kind} can't be built`, body: `${built.issues.find((i) => i.severity === 'error')!.message} Fix it and solve again; nothing was written.` } });
          return;
        }
        const seconds = Number(this.state.timeLimitText) >= 1 ? Number(this.state.timeLimitText) : records.settings.timeLimit;
        const seed = Number.isInteger(Number(this.state.seedText)) ? Number(this.state.seedText) : records.settings.seed;
        const limitMs = Math.round(seconds * 1000);
        this.set({ run: { kind, limitMs, elapsedMs: 0, bestCost: Infinity, phase: 'starting', history: [], cancelling: false } });
        const run = this.services.solve(kind, built.problem, { seed, timeLimitMs: limitMs }, (p) => {
          const current = this.state.run;
          if (!current) return;
          this.set({ run: { ...current, elapsedMs: Math.max(current.elapsedMs, p.elapsedMs), bestCost: p.bestCost, phase: p.phase,
            history: addPoint(current.history, { elapsedMs: p.elapsedMs, cost: p.bestCost }) } });
        });
        this.activeRun = run;
        // The clock keeps moving even while the solver is inside one long step and silent.
        const started = Date.now();
        const ticker = setInterval(() => {
          const current = this.state.run;
          if (current) this.set({ run: { ...current, elapsedMs: Math.max(current.elapsedMs, Date.now() - started) } });
        }, 250);
        let result;
        try {
          result = await run.result;
        } finally {
          clearInterval(ticker);
          this.activeRun = null;
          this.set({ run: null });
        }
        if (result.cancelled) {
          this.stoppedPayload = { module, problem: built.problem, solution: result.solution };
          this.set({ stopped: { kind, cost: result.cost }, message: { intent: 'info', title: 'Solving stopped',
            body: `Best so far: cost ${formatCost(result.cost)}. Write it to the workbook, or discard it.` } });
          return;
        }
        await this.write(module, built.problem, result.solution);
      } catch (e) {
        this.fail(`The ${kind} solve failed`, e, 'Nothing was written. Press Validate to check the data, then try again.');
      }
    });

  cancel = (): void => {
    if (!this.activeRun || !this.state.run) return;
    this.set({ run: { ...this.state.run, cancelling: true } });
    this.activeRun.cancel();
  };

  writeBestSoFar = (): Promise<void> =>
    this.exclusive('write', async () => {
      const payload = this.stoppedPayload;
      if (!payload) return;
      try {
        await this.write(payload.module, payload.problem, payload.solution);
        this.stoppedPayload = null;
        this.set({ stopped: null });
      } catch (e) {
        this.fail("Couldn't write the best so far", e, 'Press "Write best so far" again, or solve again.');
      }
    });
  discardBestSoFar = (): void => {
    this.stoppedPayload = null;
    this.set({ stopped: null, message: null });
  };

  /** Views and summary are computed before anything is written: a failure there writes nothing. */
  private async write(module: ProblemModule, problem: unknown, solution: unknown, skip?: string): Promise<void> {
    const views = module.views(problem, solution).filter((v) => v.name !== skip);
    const summary = module.summary(problem, solution);
    await this.services.host.writeSheets(views);
    this.set({ results: { ...summary, sheets: summary.sheets.filter((s) => views.some((v) => v.name === s) || s === skip) },
      message: { intent: 'success', title: `${module.kind === 'timetable' ? 'Timetable' : 'Clubs'} written`, body: summary.headline } });
    await this.inspect();
  }

  // --- Results ---
  activateSheet = async (sheet: string): Promise<void> => {
    try {
      await this.services.host.select(sheet, 'A1');
    } catch (e) {
      this.fail(`Couldn't open ${sheet}`, e, 'It may have been deleted; solve again to recreate it.');
    }
  };

  refreshViews = (): Promise<void> =>
    this.exclusive('refresh', async () => {
      try {
        const { records, issues } = await this.inspect();
        const kinds = (['timetable', 'clubs'] as const).filter((k) => this.state.outputs[k] && this.module(k)?.defined(records));
        if (kinds.length === 0) {
          this.set({ message: { intent: 'info', title: 'Nothing to refresh', body: 'There is no Timetable or Club Assignments sheet yet: solve first.' } });
          return;
        }
        const onEdited = onPrimarySheet(records, kinds);
        const inputErrors = issues.filter((i) => i.severity === 'error' && !onEdited(i));
        if (inputErrors.length) {
          this.set({ message: { intent: 'error', title: `Fix ${plural(inputErrors.length, 'error')} first`, body: 'The input sheets have errors; press Validate to see them. No view was changed.' } });
          return;
        }
        // Build everything first, then write: a bad row anywhere writes nothing.
        const plans: Array<{ module: ProblemModule; problem: unknown; solution: unknown; sheet: string }> = [];
        const problems: Issue[] = [];
        for (const kind of kinds) {
          const module = this.module(kind)!;
          const built = module.build(records);
          const read = module.fromRecords(built.problem, records);
          problems.push(...built.issues, ...read.issues);
          plans.push({ module, problem: built.problem, solution: read.solution, sheet: records.sheetNames[PRIMARY_SHEETS[kind].key] ?? PRIMARY_SHEETS[kind].name });
        }
        if (hasErrors(problems)) {
          await this.services.host.clearMarks();
          await this.services.host.markIssues(problems);
          this.set({ marked: true, issues: problems, message: { intent: 'error', title: `${plural(countBySeverity(problems).error, 'edited row')} can't be used`,
            body: 'They are highlighted; fix them and press Refresh views again. No view was changed.' } });
          return;
        }
        for (const plan of plans) await this.write(plan.module, plan.problem, plan.solution, plan.sheet);
      } catch (e) {
        this.fail("Couldn't refresh the views", e, 'No view was changed; try again.');
      }
    });
}

export type { PaneMessage };
