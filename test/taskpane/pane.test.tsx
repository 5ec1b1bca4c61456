/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/components/App';
import { CostChart } from '../../src/taskpane/components/CostChart';
import { PaneController } from '../../src/taskpane/controller';
import type { ProblemModule } from '../../src/app/problem';
import { MARK_COLORS } from '../../src/harness/host';
import { cleanSheets, paneModule, setup, type Setup } from './paneFixtures';

function renderPane(s: Setup) {
  const controller = new PaneController(s.services);
  const view = render(<App controller={controller} />);
  return { controller, ...view };
}

const button = (name: string) => screen.getByRole('button', { name });
const enabled = (name: string) => !(button(name) as HTMLButtonElement).disabled;
const click = async (name: string) => {
  await act(async () => {
    fireEvent.click(button(name));
  });
};

function brokenSheets() {
  const sheets = cleanSheets();
  sheets.Courses[1][4] = 'three'; // Lessons per week of MA7A: E2
  return sheets;
}

describe('task pane', () => {
  it('has every button by its accessible name, reachable by keyboard', async () => {
    renderPane(setup(cleanSheets()));
    for (const name of ['Insert template sheets', 'Load example', 'Validate', 'Clear highlights', 'Solve timetable', 'Solve clubs', 'Cancel', 'Refresh views']) {
      const b = button(name);
      expect(b.tagName).toBe('BUTTON');
      expect(b.getAttribute('tabindex')).not.toBe('-1');
    }
    await waitFor(() => expect(enabled('Solve timetable')).toBe(true));
  });

  it('validates a clean workbook: no problems, Solve timetable on, Solve clubs off (no clubs defined)', async () => {
    const s = setup(cleanSheets());
    renderPane(s);
    await click('Validate');
    await screen.findByText('No problems found');
    expect(within(screen.getByRole('group', { name: 'Issue counts' })).getByText('0 errors')).toBeTruthy();
    expect(enabled('Solve timetable')).toBe(true);
    expect(enabled('Solve clubs')).toBe(false);
  });

  it('highlights a bad cell with a note, goes to it, and Clear highlights restores the original fill', async () => {
    const s = setup(brokenSheets());
    s.wb.put(s.wb.sheet('Courses')!, 'E2', { fill: '#00B050' }); // the user's own colour
    renderPane(s);
    await click('Validate');
    await screen.findByText('1 error, 0 warnings');
    expect(s.wb.cell('Courses', 'E2')?.fill).toBe(MARK_COLORS.error);
    expect(s.wb.cell('Courses', 'E2')?.note).toMatch(/Lessons per week.*three/);
    expect(enabled('Solve timetable')).toBe(false);
    const list = screen.getByRole('region', { name: 'Issues on Courses' });
    await act(async () => {
      fireEvent.click(within(list).getByRole('button', { name: /^Courses!E2 error: / }));
    });
    expect(s.wb.activeSheet).toBe('Courses');
    expect(s.wb.selection).toBe('E2');
    await click('Clear highlights');
    expect(s.wb.cell('Courses', 'E2')?.fill).toBe('#00B050');
    expect(s.wb.cell('Courses', 'E2')?.note).toBeNull();
  });

  it('solves in the worker, shows progress, writes the output sheets and links them', async () => {
    const s = setup(cleanSheets());
    const progressSeen: string[] = [];
    const slow: ProblemModule = { ...(paneModule as unknown as ProblemModule), build: (r) => ({ problem: { ...paneModule.build(r).problem, stepDelayMs: 2 }, issues: [] }) };
    s.services.modules = [slow];
    s.services.solve = (kind, problem, options, onProgress) => {
      const { startSolve, createInProcessWorker } = jest.requireActual('../../src/worker');
      return startSolve(() => createInProcessWorker(() => slow), kind, problem, { ...options, maxSteps: 40 }, (p: never) => {
        progressSeen.push(screen.queryByRole('progressbar', { name: /Solving timetable: [\d.]+ s \/ 12\.0 s/ }) ? 'bar' : 'none');
        onProgress(p);
      });
    };
    renderPane(s);
    await waitFor(() => expect(enabled('Solve timetable')).toBe(true));
    expect((screen.getByLabelText('Time limit (seconds)') as HTMLInputElement).value).toBe('12');
    await click('Solve timetable');
    await screen.findByText('Timetable written', undefined, { timeout: 5000 });
    expect(progressSeen).toContain('bar');
    expect(s.wb.sheet('Timetable')).toBeDefined();
    expect(s.wb.values('Timetable')[1]).toEqual(['Mon', 1, 'MA7A', null, null, 'no']);
    expect(s.wb.values('Timetable Report')[1][0]).toBe('Cost');
    const links = screen.getByRole('list', { name: 'Output sheets' });
    await act(async () => {
      fireEvent.click(within(links).getByRole('button', { name: 'Timetable Report' }));
    });
    expect(s.wb.activeSheet).toBe('Timetable Report');
    expect(screen.getAllByText(/2 of 2 lessons booked/).length).toBe(2); // message bar and Results
  });

  it('Cancel stops a long solve and offers to write the best so far', async () => {
    const s = setup(cleanSheets());
    const endless: ProblemModule = { ...(paneModule as unknown as ProblemModule), build: (r) => ({ problem: { ...paneModule.build(r).problem, target: 1e9, stepDelayMs: 5 }, issues: [] }) };
    s.services.modules = [endless];
    s.services.solve = (kind, problem, options, onProgress) => {
      const { startSolve, createInProcessWorker } = jest.requireActual('../../src/worker');
      return startSolve(() => createInProcessWorker(() => endless), kind, problem, options, onProgress);
    };
    renderPane(s);
    await waitFor(() => expect(enabled('Solve timetable')).toBe(true));
    await click('Solve timetable');
    await screen.findByRole('progressbar', { name: /Solving timetable/ });
    await waitFor(() => expect(screen.getByText(/Best cost \d/)).toBeTruthy());
    await click('Cancel');
    await screen.findByText('Solving stopped', undefined, { timeout: 2000 });
    expect(s.wb.sheet('Timetable')).toBeUndefined(); // nothing written until asked
    await click('Write best so far');
    await screen.findByText('Timetable written');
    expect(s.wb.sheet('Timetable')).toBeDefined();
  });

  it('a solver failure shows a message bar and writes nothing', async () => {
    const s = setup(cleanSheets());
    const failing: ProblemModule = { ...(paneModule as unknown as ProblemModule), build: (r) => ({ problem: { ...paneModule.build(r).problem, failAt: 2 }, issues: [] }) };
    s.services.modules = [failing];
    s.services.solve = (kind, problem, options, onProgress) => {
      const { startSolve, createInProcessWorker } = jest.requireActual('../../src/worker');
      return startSolve(() => createInProcessWorker(() => failing), kind, problem, options, onProgress);
    };
    const before = s.wb.sheets.map((sh) => sh.name);
    renderPane(s);
    await waitFor(() => expect(enabled('Solve timetable')).toBe(true));
    await click('Solve timetable');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/timetable solve failed/);
    expect(alert.textContent).toMatch(/guess failed at step 2/);
    expect(alert.textContent).toMatch(/Nothing was written/);
    expect(s.wb.sheets.map((sh) => sh.name)).toEqual(before);
  });

  it('writes a changed time limit and seed back to Settings, without re-validating for our own write', async () => {
    const s = setup(cleanSheets());
    renderPane(s);
    await waitFor(() => expect(enabled('Solve timetable')).toBe(true));
    const checksBefore = s.checks();
    const limit = screen.getByLabelText('Time limit (seconds)');
    fireEvent.change(limit, { target: { value: '45' } });
    await act(async () => {
      fireEvent.blur(limit);
    });
    expect(s.wb.cell('Settings', 'B4')?.value).toBe(45);
    const seed = screen.getByLabelText('Seed');
    fireEvent.change(seed, { target: { value: '9' } });
    await act(async () => {
      fireEvent.keyDown(seed, { key: 'Enter' });
    });
    expect(s.wb.cell('Settings', 'B5')?.value).toBe(9);
    await new Promise((r) => setTimeout(r, 80)); // past the debounce
    expect(s.checks()).toBe(checksBefore);
    fireEvent.change(limit, { target: { value: 'soon' } });
    await act(async () => {
      fireEvent.blur(limit);
    });
    expect(screen.getByText('Time limit not changed')).toBeTruthy();
    expect(s.wb.cell('Settings', 'B4')?.value).toBe(45);
  });

  it('re-validates after a user edit, once, after the debounce', async () => {
    const s = setup(cleanSheets());
    renderPane(s);
    await click('Validate');
    await screen.findByText('No problems found');
    const checksBefore = s.checks();
    act(() => {
      s.host.userEdit('Courses', 'E3', 'lots');
      s.host.userEdit('Courses', 'E3', 'many');
    });
    expect(s.checks()).toBe(checksBefore); // not yet: debounced
    await waitFor(() => expect(s.wb.cell('Courses', 'E3')?.fill).toBe(MARK_COLORS.error));
    expect(s.checks()).toBe(checksBefore + 1);
    expect(screen.getByRole('button', { name: /^Courses!E3 error: .*many/ })).toBeTruthy();
    expect(enabled('Solve timetable')).toBe(false);
  });

  it('inserts the missing template sheets and never touches existing ones', async () => {
    const s = setup(cleanSheets());
    renderPane(s);
    await click('Insert template sheets');
    await screen.findByText(/^Created \d+ sheets$/);
    expect(s.wb.sheet('Votes')).toBeDefined();
    expect(s.wb.values('Votes')[0]).toEqual(expect.arrayContaining(['Student', 'Choice 1']));
    expect(s.wb.values('Courses')).toEqual(cleanSheets().Courses); // existing: untouched
    await click('Insert template sheets');
    await screen.findByText('Nothing to insert');
  });

  it('Load example asks first, says which sheets stay as they are, and only adds missing ones', async () => {
    const s = setup({ Teachers: [['ID'], ['Mine']] });
    renderPane(s);
    await click('Load example');
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toMatch(/Existing sheets are not overwritten: Teachers/);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Load example sheets' }));
    });
    await screen.findByText('Example loaded');
    expect(s.wb.values('Teachers')).toEqual([['ID'], ['Mine']]);
    expect(s.wb.values('Courses')[1]).toEqual(['C1', 'Art', 'TX', 20, 2]);
  });

  it('Refresh views re-derives the views from the edited Timetable and leaves it as edited', async () => {
    const s = setup(cleanSheets());
    renderPane(s);
    await waitFor(() => expect(enabled('Solve timetable')).toBe(true));
    await click('Solve timetable');
    await screen.findByText('Timetable written', undefined, { timeout: 5000 });
    act(() => {
      s.host.userEdit('Timetable', 'A4', 'Tue');
      s.host.userEdit('Timetable', 'B4', 3);
      s.host.userEdit('Timetable', 'C4', 'EN7A');
    });
    const edited = s.wb.values('Timetable');
    await waitFor(() => expect(enabled('Refresh views')).toBe(true));
    await click('Refresh views');
    await screen.findByText('Timetable written');
    expect(s.wb.values('Timetable')).toEqual(edited);
    expect(s.wb.values('Timetable Report')[2]).toEqual(['Rows read', 3]);
  });

  it('follows Settings edits in the time-limit field, but never overwrites what the user is typing', async () => {
    const s = setup(cleanSheets());
    renderPane(s);
    const limit = screen.getByLabelText('Time limit (seconds)') as HTMLInputElement;
    await waitFor(() => expect(limit.value).toBe('12'));
    act(() => s.host.userEdit('Settings', 'B4', 50));
    await waitFor(() => expect(limit.value).toBe('50'));
    fireEvent.change(limit, { target: { value: '77' } });
    act(() => s.host.userEdit('Courses', 'B2', 'Mathematics'));
    await waitFor(() => expect(s.checks()).toBeGreaterThanOrEqual(3));
    await new Promise((r) => setTimeout(r, 50));
    expect(limit.value).toBe('77');
  });
});

describe('cost chart', () => {
  it('draws the best cost over time, and nothing before a finite cost exists', () => {
    const { container, rerender } = render(<CostChart points={[{ elapsedMs: 0, cost: Infinity }]} limitMs={1000} />);
    expect(container.querySelector('svg')).toBeNull();
    rerender(<CostChart points={[{ elapsedMs: 0, cost: 5000 }, { elapsedMs: 400, cost: 120 }, { elapsedMs: 900, cost: 21 }]} limitMs={1000} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Best cost over time: from 5,000 to 21');
    const d = container.querySelector('path')!.getAttribute('d')!;
    // Starts top-left (the worst cost), ends at the bottom (the best).
    expect(d.startsWith('M2.0 2.0')).toBe(true);
    expect(d).toMatch(/V62\.0 H[\d.]+$/);
  });
});


describe('progress while the solver is silent', () => {
  it('keeps the elapsed time moving between progress reports', async () => {
    const s = setup(cleanSheets());
    let finish!: (r: unknown) => void;
    s.services.solve = (_kind, _problem, _options, onProgress) => {
      onProgress({ phase: 'construct', bestCost: 900, step: 1, elapsedMs: 0 });
      return { result: new Promise((r) => (finish = r)) as never, cancel: () => {} };
    };
    renderPane(s);
    await waitFor(() => expect(enabled('Solve timetable')).toBe(true));
    await click('Solve timetable');
    const bar = await screen.findByRole('progressbar', { name: /Solving timetable: 0\.0 s/ });
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).not.toBe('0'), { timeout: 2000 });
    // The first tick may read 0.2 s (timer and clock granularity); the next must be past it.
    await waitFor(() => expect(screen.getByRole('progressbar', { name: /Solving timetable: 0\.[3-9] s|Solving timetable: [1-9]\.\d s/ })).toBeTruthy(), { timeout: 2000 });
    await act(async () => finish({ solution: { guess: 500, steps: 1 }, cost: 0, cancelled: false, terminated: false, seed: 4 }));
    await screen.findByText('Timetable written');
  });
});
