import * as React from 'react';
import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

/** A titled region: screen readers list it by its heading. */
export function Section({ title, children }: { title: string; children: React.ReactNode }): React.JSX.Element {
  const styles = useStyles();
  const id = `section-${title.toLowerCase()}`;
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id}>{title}</Subtitle2>
      {children}
    </section>
  );
}

export function Row({ children }: { children: React.ReactNode }): React.JSX.Element {
  return <div className={useStyles().row}>{children}</div>;
}
