import { defineStrings } from '../core/strings.js';

export const quizStrings = defineStrings(
  {
    section: 'Quiz',
    defaultTitle: 'Passt der Beruf zu dir?',
    questionCount: (total: number) => (total === 1 ? '1 Frage' : `${total} Fragen`),
    start: 'Quiz starten',
    progress: (position: number, total: number) => `Frage ${position} von ${total}`,
    check: 'Antwort prüfen',
    next: 'Nächste Frage',
    toResult: 'Zum Ergebnis',
    chooseFirst: 'Bitte wähle zuerst eine Antwort aus.',
    correct: 'Richtig!',
    /** The answer is the profile's text, marked with its language: a part of the sentence, not glued into a string. */
    wrong: <T>(answer: T) => ['Leider falsch. Richtig ist: „', answer, '“.'],
    yourAnswer: 'Deine Antwort',
    rightAnswer: 'Richtige Antwort',
    score: (score: number, total: number) => `${score} von ${total} ${total === 1 ? 'Frage' : 'Fragen'} richtig`,
    restart: 'Noch einmal',
  },
  {
    section: 'quiz',
    defaultTitle: 'Does this profession suit you?',
    questionCount: (total) => (total === 1 ? '1 question' : `${total} questions`),
    start: 'Start the quiz',
    progress: (position, total) => `Question ${position} of ${total}`,
    check: 'Check answer',
    next: 'Next question',
    toResult: 'See the result',
    chooseFirst: 'Please choose an answer first.',
    correct: 'Right!',
    wrong: (answer) => ['Not quite. The right answer is “', answer, '”.'],
    yourAnswer: 'Your answer',
    rightAnswer: 'Right answer',
    score: (score, total) => `${score} of ${total} ${total === 1 ? 'question' : 'questions'} right`,
    restart: 'Start again',
  },
);
