import { redactSecrets } from '../mail/secrets.js';
import { discussionMail, type DiscussionMailFacts } from './discussion-mail.js';

const facts: DiscussionMailFacts = {
  electionTitle: 'Election of six judges',
  fullName: 'Ama Mensah',
  title: 'Judges in conversation',
  startsAt: new Date('2030-07-01T16:00:00Z'),
  timeZone: 'Europe/Amsterdam',
  place: 'The Hague Institute',
  onlineUrl: 'https://example.org/live',
  languages: ['en', 'fr'],
  link: 'https://vetting.example.org/invitation',
};

describe('discussion mail', () => {
  it('invites in English and French, with the local time, the zone and UTC, and the page to answer on', () => {
    const mail = discussionMail('DISCUSSION_INVITATION', facts);
    expect(mail.subject).toContain('Invitation');
    expect(mail.text).toContain('Dear Ama Mensah,');
    expect(mail.text).toContain('When: 1 July 2030 at 18:00 (Europe/Amsterdam time; 1 July 2030 at 16:00 UTC)');
    expect(mail.text).toContain(
      'Quand : 1er juillet 2030 à 18:00 (heure de Europe/Amsterdam ; 1er juillet 2030 à 16:00 UTC)',
    );
    expect(mail.text).toContain('Languages: English, French');
    expect(mail.text).toContain('Langues : anglais, français');
    expect(mail.text).toContain('Where: The Hague Institute');
    expect(mail.text).toContain('En ligne : https://example.org/live');
    expect(mail.text).toContain('(https://vetting.example.org/invitation)');
    expect(mail.text).toContain('Madame, Monsieur,');
  });

  it("carries the invitation's own code, in the link and alone, as secrets (redacted once sent)", () => {
    const mail = discussionMail('DISCUSSION_INVITATION', { ...facts, code: 'd.abc' });
    expect(mail.text).toContain('page: \u2045https://vetting.example.org/invitation#d.abc\u2046');
    expect(mail.text).toContain('Your personal code: \u2045d.abc\u2046');
    expect(mail.text).toContain('Votre code personnel : \u2045d.abc\u2046');
    expect(redactSecrets(mail.text)).not.toContain('d.abc');
  });

  it('names the election by its French title in the French half, where it has one', () => {
    const mail = discussionMail('DISCUSSION_CHANGED', { ...facts, electionTitleFr: 'Élection de six juges' });
    expect(mail.subject).toBe(
      'Changed: public panel discussion — Election of six judges / Modifié : débat public — Élection de six juges',
    );
    const invitation = discussionMail('DISCUSSION_INVITATION', { ...facts, electionTitleFr: 'Élection de six juges' });
    expect(invitation.text).toContain('As a nominee in the Election of six judges,');
    expect(invitation.text).toContain("à l'élection « Élection de six juges »");
    expect(discussionMail('DISCUSSION_INVITATION', facts).text).toContain("à l'élection « Election of six judges »");
  });

  it('cannot be made to hide a secret: user text loses the secret marks', () => {
    const mail = discussionMail('DISCUSSION_CANCELLED', { ...facts, title: 'A \u2045trap\u2046', place: null });
    expect(mail.text).not.toMatch(/[\u2045\u2046]/);
    expect(mail.text).not.toContain('Where:');
  });
});
