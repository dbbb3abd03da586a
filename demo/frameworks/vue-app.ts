// The widgets in a Vue 3 page, with render functions (the runtime-only build needs no template
// compiler, so the page works without 'unsafe-eval'). Vue sets objects on custom elements as
// properties and turns `onMkMatchAccept` into a listener for `mk-match-accept`.
import { createApp, defineComponent, h, ref } from 'vue';
import '@mentorkit/widgets/define';
import { sampleMatch, sampleTrainings } from './sample-data.ts';

const App = defineComponent(() => {
  const log = ref<string[]>([]);
  const record = (event: Event) => log.value.push(event.type);
  return () => [
    h('h2', 'Training calendar'),
    h('mk-training-calendar', {
      events: sampleTrainings,
      'signup-for': 'signup',
      onMkCalendarEventSelect: record,
    }),
    h('h2', 'Sign up'),
    h('mk-signup-form', {
      id: 'signup',
      kind: 'mentee',
      'privacy-url': '/privacy.html',
      onMkSignupSuccess: record,
    }),
    h('h2', 'Match'),
    h('mk-match-card', {
      match: sampleMatch,
      actions: true,
      onMkMatchAccept: record,
      onMkMatchDecline: record,
    }),
    h('h2', 'Events received by Vue'),
    h(
      'ol',
      { 'aria-live': 'polite', 'data-testid': 'event-log' },
      log.value.map((type, index) => h('li', { key: index }, type)),
    ),
  ];
});

// A string tag in a render function is an element, so the mk- tags need no compiler option.
createApp(App).mount('#app');
