// The match card demo: gives the coordinator card its match (with a photo) through the `match`
// property, and lists the events the cards fire. Runs after /widgets/mentorkit.js.
const log = document.getElementById('event-log');

for (const name of ['mk-match-accept', 'mk-match-decline', 'mk-match-contact']) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${name}: ${event.detail.matchId}`;
    log.append(item);
  });
}

const response = await fetch(new URL('match-card.json', import.meta.url));
const match = await response.json();
match.mentee.avatarUrl = new URL('match-card.avatar.svg', import.meta.url).href;
document.getElementById('coordinator-card').match = match;
