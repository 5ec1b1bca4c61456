import * as React from 'react';
import { Button, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneController } from '../controller';
import type { PaneState } from '../state';
import { Row, Section } from './Section';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: { padding: `0 ${tokens.spacingHorizontalS} 0 0`, textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  links: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function ResultsSection({ state, controller }: { state: PaneState; controller: PaneController }): React.JSX.Element {
  const styles = useStyles();
  const results = state.results;
  const busy = state.busy !== null;
  return (
    <Section title="Results">
      {results ? (
        <>
          <Text weight="semibold">{results.headline}</Text>
          {results.figures.length ? (
            <table className={styles.table} aria-label="Run summary">
              <tbody>
                {results.figures.map((f) => (
                  <tr key={f.label}><th scope="row" className={styles.cell}>{f.label}</th><td className={styles.cell}>{String(f.value)}</td></tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <ul className={styles.links} aria-label="Output sheets">
            {results.sheets.map((sheet) => (
              <li key={sheet}><Link as="button" onClick={() => void controller.activateSheet(sheet)}>{sheet}</Link></li>
            ))}
          </ul>
        </>
      ) : (
        <Text size={200}>No run yet in this session.</Text>
      )}
      <Row>
        <Button onClick={() => void controller.refreshViews()} disabled={busy || !(state.outputs.timetable || state.outputs.clubs)}>Refresh views</Button>
      </Row>
    </Section>
  );
}
