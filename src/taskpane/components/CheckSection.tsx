import * as React from 'react';
import { Badge, Button, Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue } from '../../schema/issue';
import type { PaneController } from '../controller';
import { countBySeverity, type PaneState } from '../state';
import { Row, Section } from './Section';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  sheet: { marginTop: tokens.spacingVerticalS, marginBottom: 0, fontSize: tokens.fontSizeBase300 },
  issue: { textAlign: 'left' },
  scroll: { maxHeight: '18rem', overflowY: 'auto' },
});

const COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** Issues grouped by sheet, in the order the sheets first appear. */
export function groupBySheet(issues: readonly Issue[]): Array<[string, Issue[]]> {
  const groups = new Map<string, Issue[]>();
  for (const issue of issues) {
    const list = groups.get(issue.sheet) ?? [];
    list.push(issue);
    groups.set(issue.sheet, list);
  }
  return [...groups.entries()];
}

export function CheckSection({ state, controller }: { state: PaneState; controller: PaneController }): React.JSX.Element {
  const styles = useStyles();
  const busy = state.busy !== null;
  const issues = state.issues ?? [];
  const counts = countBySeverity(issues);
  return (
    <Section title="Check">
      <Row>
        <Button appearance="primary" onClick={() => void controller.validate()} disabled={busy}>Validate</Button>
        <Button onClick={() => void controller.clearHighlights()} disabled={busy}>Clear highlights</Button>
      </Row>
      {state.issues !== null ? (
        <div aria-label="Issue counts" role="group">
          <Badge color="danger" appearance={counts.error ? 'filled' : 'outline'}>{counts.error} {counts.error === 1 ? 'error' : 'errors'}</Badge>{' '}
          <Badge color="warning" appearance={counts.warning ? 'filled' : 'outline'}>{counts.warning} {counts.warning === 1 ? 'warning' : 'warnings'}</Badge>{' '}
          <Badge color="informative" appearance="outline">{counts.info} info</Badge>
        </div>
      ) : null}
      {issues.length > 0 ? (
        <div className={styles.scroll}>
          {groupBySheet(issues).map(([sheet, list]) => (
            <section key={sheet} aria-label={`Issues on ${sheet}`}>
              <h3 className={styles.sheet}>{sheet}</h3>
              <ul className={styles.list}>
                {list.map((issue, i) => (
                  <li key={`${issue.cell}-${issue.code}-${i}`}>
                    <Badge size="small" color={COLOR[issue.severity]}>{issue.severity}</Badge>{' '}
                    <Link as="button" className={styles.issue} onClick={() => void controller.selectIssue(issue)}
                      aria-label={`${issue.sheet}!${issue.cell} ${issue.severity}: ${issue.message}`}>
                      {issue.cell}: {issue.message}
                    </Link>
                    {issue.suggestion ? <Caption1 block>{issue.suggestion}</Caption1> : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      ) : null}
    </Section>
  );
}
