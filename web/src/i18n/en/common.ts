export const common = {
  appName: 'ICC elections vetting platform',
  skipToContent: 'Skip to main content',
  language: 'Language',
  languageNames: { en: 'English', fr: 'Français' },
  switchTo: 'Lire en français',
  home: {
    title: 'Vetting the candidates in International Criminal Court elections',
    intro:
      'Civil society sends questionnaires to every nominee, interviews them on panels and flags elections where States leave voters no real choice. Everything published is open to all.',
    nomineeHeading: 'Nominees',
    nomineeText: 'Answer the questionnaire you received by e-mail.',
    nomineeLink: 'Open your questionnaire',
    explorerHeading: 'Observers',
    explorerText:
      'Read the published records — elections, candidates, answers, interviews and flags — or query them in the GraphQL explorer.',
    electionsLink: 'Read the elections and candidates',
    explorerLink: 'Open the explorer',
  },
  notFound: { title: 'Page not found', text: 'This address does not lead to a page.', back: 'Go to the home page' },
  errors: {
    network: 'The connection to the server was lost. Nothing you typed is lost; we will try again.',
    generic: 'Something went wrong on our side. Please try again in a moment.',
    rateLimited: 'Too many attempts from your connection. Please wait a minute and try again.',
    unavailable: 'The service is briefly unavailable. Nothing was saved; please try again.',
  },
} as const;
