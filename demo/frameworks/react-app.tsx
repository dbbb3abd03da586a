// The widgets in a React 19 page. React 19 passes objects to custom elements as properties
// and listens to their events through `on<event-name>` props, so no wrapper is needed.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@mentorkit/widgets/define';
import type { MatchProfile, TrainingEvent } from '@mentorkit/core';
import { sampleMatch, sampleTrainings } from './sample-data.ts';

interface WidgetProps {
  id?: string;
  lang?: string;
  children?: never;
}

// The tags' types for JSX. Augmenting React's JSX namespace is the documented way to type
// custom elements in React.
declare module 'react' {
  // eslint-disable-next-line no-restricted-syntax, @typescript-eslint/no-namespace -- React's JSX types live in a namespace.
  namespace JSX {
    interface IntrinsicElements {
      'mk-signup-form': WidgetProps & {
        kind?: 'mentor' | 'mentee';
        endpoint?: string;
        'privacy-url'?: string;
        'onmk-signup-success'?: (event: Event) => void;
      };
      'mk-training-calendar': WidgetProps & {
        events?: TrainingEvent[];
        'signup-for'?: string;
        'onmk-calendar-event-select'?: (event: Event) => void;
      };
      'mk-match-card': WidgetProps & {
        match?: MatchProfile;
        actions?: boolean;
        'onmk-match-accept'?: (event: Event) => void;
        'onmk-match-decline'?: (event: Event) => void;
      };
    }
  }
}

function App() {
  const [log, setLog] = useState<string[]>([]);
  const record = (event: Event) => setLog((lines) => [...lines, event.type]);
  return (
    <>
      <h2>Training calendar</h2>
      <mk-training-calendar
        events={sampleTrainings}
        signup-for="signup"
        onmk-calendar-event-select={record}
      />
      <h2>Sign up</h2>
      <mk-signup-form
        id="signup"
        kind="mentor"
        privacy-url="/privacy.html"
        onmk-signup-success={record}
      />
      <h2>Match</h2>
      <mk-match-card
        match={sampleMatch}
        actions
        onmk-match-accept={record}
        onmk-match-decline={record}
      />
      <h2>Events received by React</h2>
      <ol aria-live="polite" data-testid="event-log">
        {log.map((type, index) => (
          <li key={index}>{type}</li>
        ))}
      </ol>
    </>
  );
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
