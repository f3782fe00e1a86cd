import { extensionMail, invitationMail, reminderMail } from './questionnaires.rules.js';

const titles = { electionTitle: 'Election of six judges', electionTitleFr: 'Élection de six juges' };
const deadline = new Date('2027-02-01T23:59:00Z');

describe('the mails to nominees', () => {
  it('write the deadline and the publication in words, in each language, in UTC', () => {
    const mail = invitationMail({
      ...titles,
      fullName: 'Ama Mensah',
      deadline,
      publishAt: new Date('2027-02-15T09:00:00Z'),
      publicUrl: 'https://vetting.example.org',
      token: 'abc',
    });
    expect(mail.subject).toBe('Questionnaire: Election of six judges / Questionnaire : Élection de six juges');
    expect(mail.text).toContain(
      'Please answer by 1 February 2027 at 23:59 UTC. Your answers will be published; publication is planned for 15 February 2027 at 09:00 UTC.',
    );
    expect(mail.text).toContain(
      'Merci de répondre avant le 1er février 2027 à 23:59 UTC. Vos réponses seront publiées ; leur publication est prévue le 15 février 2027 à 09:00 UTC.',
    );
    expect(mail.text).not.toMatch(/\d{4}-\d\d-\d\d/);
  });

  it('write the same words in a reminder and an extension', () => {
    const input = { ...titles, fullName: 'Ama Mensah', deadline, link: 'https://vetting.example.org/invitation' };
    expect(reminderMail(input).text).toContain('is due by 1 February 2027 at 23:59 UTC.');
    expect(reminderMail(input).text).toContain('est attendu avant le 1er février 2027 à 23:59 UTC.');
    expect(extensionMail(input).text).toContain('please answer by 1 February 2027 at 23:59 UTC.');
    expect(extensionMail(input).text).toContain('merci de répondre avant le 1er février 2027 à 23:59 UTC.');
  });
});
