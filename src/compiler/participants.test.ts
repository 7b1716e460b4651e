import { describe, expect, it } from 'vitest';
import { compileArticles } from './compile.ts';

/** The actor names of each event of `kind` that `body` gives, in order. */
function participants(body: string, kind: string): string[][] {
  const { list } = compileArticles([{ file: 'participants.txt', text: ` date 2025-06-11\n\n${body}\n` }]);
  const nameOf = (id: string): string => list.actors.find((actor) => actor.id === id)?.name ?? id;
  return list.events.filter((event) => event.kind === kind).map((event) => event.actors.map(nameOf));
}

describe('who meets', () => {
  it('keeps an organisation the people met for, when no person of that side is named', () => {
    expect(
      participants('Mayor Ines Carvalho held talks with Talvik Robotics executives in Porto on Monday.', 'meeting'),
    ).toEqual([['Ines Carvalho', 'Talvik Robotics']]);
  });

  it('keeps the country a minister met', () => {
    expect(participants('Foreign Minister Ana Ruiz of Chile held talks with Peru on Monday.', 'meeting')).toEqual([
      ['Ana Ruiz', 'Peru'],
    ]);
  });

  it('leaves out the countries of the people who meet', () => {
    expect(
      participants(
        'Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Hugo Salas in Lima on Monday.',
        'meeting',
      ),
    ).toEqual([['Ana Ruiz', 'Hugo Salas']]);
  });

  it('takes the subject right before the verb, not an earlier person of the sentence', () => {
    expect(
      participants(
        'Analysts expect Governor Mira Sands to cut rates when the central bank’s Rate Setting Committee meets on Thursday.',
        'meeting',
      ),
    ).toEqual([['central bank', 'Rate Setting Committee']]);
  });

  it('reads both people of "A and B met", titles between them', () => {
    expect(
      participants(
        'Prime Minister Ola Brandt and Danish Foreign Minister Karen Holm met in Oslo on Monday.',
        'meeting',
      ),
    ).toEqual([['Ola Brandt', 'Karen Holm']]);
  });

  it('gives a second verb joined by "and" the subject of the first', () => {
    expect(
      participants('Minister Ilse Moor arrived in Vienna on Tuesday and met WHO officials the next day.', 'meeting'),
    ).toEqual([['Ilse Moor', 'World Health Organization']]);
  });

  it('meets the country of a counterpart nobody names, not the possessor twice', () => {
    expect(
      participants('Chilean Foreign Minister Ana Ruiz held talks with her Peruvian counterpart on Monday.', 'meeting'),
    ).toEqual([['Ana Ruiz', 'Peru']]);
  });

  it('reads "the two sides" as the people of the last meeting and the countries they speak for', () => {
    expect(
      participants(
        "Chile's trade minister, Ana Ruiz, met U.S. Trade Representative Jon Hale on Monday. The two sides will meet again on June 20.",
        'meeting',
      ),
    ).toEqual([
      ['Ana Ruiz', 'Jon Hale'],
      ['Ana Ruiz', 'Jon Hale', 'Chile', 'United States'],
    ]);
  });

  it('gives "at a meeting" the subject of its clause', () => {
    expect(
      participants('Chief Minister Amal Rao reviewed the plans at a meeting at the Secretariat on Monday.', 'meeting'),
    ).toEqual([['Amal Rao']]);
  });

  it('does not end the object at the stop of "Ms."', () => {
    expect(
      participants('Residents met Mayor Ana Ruiz on Monday. They will meet Ms. Ruiz again on Wednesday.', 'meeting'),
    ).toEqual([['Ana Ruiz'], ['Ana Ruiz']]);
  });

  it('reads the organisation whose executives were met', () => {
    expect(
      participants('Mayor Ana Ruiz sat down with executives of Corvale, the state copper giant, on Monday.', 'meeting'),
    ).toEqual([['Ana Ruiz', 'Corvale']]);
  });

  it.each([
    [
      'Prime Minister Ola Brandt held a call on Wednesday with Vietnamese Foreign Minister Pham Thi Lan.',
      ['Ola Brandt', 'Pham Thi Lan'],
    ],
    ['Senator Kwame Mensah met on Monday with Chinedu Okafor.', ['Kwame Mensah', 'Chinedu Okafor']],
    ['Mayor Ines Carvalho met in Lagos on Monday with Governor Ngozi Eze.', ['Ines Carvalho', 'Ngozi Eze']],
    ['Minister Tran Van Minh held talks late on Tuesday with Fatima al-Zahra.', ['Tran Van Minh', 'Fatima al-Zahra']],
    [
      'Ambassador Siobhán Ní Bhriain spoke by phone yesterday with Dutch Foreign Minister Pieter van der Berg.',
      ['Siobhán Ní Bhriain', 'Pieter van der Berg'],
    ],
    ['Chilean Foreign Minister Ana Ruiz spoke by phone on Tuesday with her Kenyan counterpart.', ['Ana Ruiz', 'Kenya']],
  ])('reads whom a meeting was with after a time or place: %s', (sentence, actors) => {
    expect(participants(sentence, 'meeting')).toEqual([actors]);
  });

  it.each([
    [
      'Governor Ngozi Eze arrived in Abuja on Monday and is expected to meet Senator Bello Musa on Tuesday.',
      ['Ngozi Eze', 'Bello Musa'],
    ],
    [
      'Kofi Boateng flew to Accra on Monday and will meet President Ama Owusu on Wednesday.',
      ['Kofi Boateng', 'Ama Owusu'],
    ],
    [
      'Minister Lê Thị Hoa landed in Hanoi on Sunday and has since met Mayor Đặng Văn Nam.',
      ['Lê Thị Hoa', 'Đặng Văn Nam'],
    ],
  ])('gives a verb after "and" and its auxiliaries the subject of the verb before: %s', (sentence, actors) => {
    expect(participants(sentence, 'meeting')).toEqual([actors]);
  });

  it('reads "met ... and will meet again" as two meetings of the same group, not of the source', () => {
    expect(
      participants(
        'The Regional Crisis Group met at 10am in Galway and will meet again at 4pm, the Department of Health said.',
        'meeting',
      ),
    ).toEqual([['Regional Crisis Group'], ['Regional Crisis Group']]);
  });

  it('gives a participle after ", shortly after" the subject of the main clause after ", and"', () => {
    expect(
      participants(
        'Polish Defence Minister Tomasz Wierzbicki flew to Budapest on Monday. Hungary vetoed the plan in February, and Foreign Minister Gábor Lendvai told state television on Tuesday, shortly after meeting Wierzbicki, that it would not pay.',
        'meeting',
      ),
    ).toEqual([['Gábor Lendvai', 'Tomasz Wierzbicki']]);
  });

  it.each([
    [
      'Coordinator Moussa Kaboré met the minister for humanitarian action, Fatimé Haroun, on Monday.',
      ['Moussa Kaboré', 'Fatimé Haroun'],
    ],
    [
      'Mayor Ines Carvalho met the head of the port authority, Rui Almeida, on Monday.',
      ['Ines Carvalho', 'Rui Almeida'],
    ],
  ])('reads a met title with its complement and the name after it: %s', (sentence, actors) => {
    expect(participants(sentence, 'meeting')).toEqual([actors]);
  });

  it('does not take a companion for whom a meeting was with', () => {
    expect(
      participants('Mayor Ola Brandt met reporters on Monday with Chinedu Okafor at her side.', 'meeting'),
    ).toEqual([['Ola Brandt']]);
  });

  it('gives a participle clause after a comma the main clause’s subject', () => {
    expect(
      participants(
        'President Lena Varga addressed parliament on Tuesday, before meeting Chancellor Jonas Weber later that day.',
        'meeting',
      ),
    ).toEqual([['Lena Varga', 'Jonas Weber']]);
  });
});

describe('who acts when the clause names nobody', () => {
  it('is the organisation that reports the sentence', () => {
    expect(
      participants(
        'The launch of the Corvid probe, planned for June 20, has been postponed after a fault was found, the European Space Agency said on Tuesday.',
        'other',
      ),
    ).toEqual([['European Space Agency']]);
  });

  it('is not a person who reports it', () => {
    expect(
      participants('The mill closed in 2019 after a fire, Mayor Ana Ruiz said on Tuesday.', 'other').flat(),
    ).not.toContain('Ana Ruiz');
  });

  it('is whoever did the last policy act, for a definite subject that points back', () => {
    expect(
      participants('The EU adopted a sanctions package on Monday. The measures will take effect on June 20.', 'policy'),
    ).toEqual([['European Union'], ['European Union']]);
  });

  it('is whoever announced the thing a definite subject names, when no policy act was told', () => {
    expect(
      participants(
        'Minister Ana Ruiz met bankers on Monday. Lima announced on Tuesday a 2% levy on deposits. The levy will take effect on July 1.',
        'policy',
      ),
    ).toEqual([['Peru']]);
  });

  it('reads whom a happening named by a noun is for', () => {
    expect(
      participants(
        'A sentencing hearing for a former councillor, Ida Marsh, set down for June 20, was adjourned on Tuesday.',
        'other',
      ),
    ).toEqual([['Ida Marsh']]);
  });

  it.each([
    ['The mill was founded in 1872 by the German industrialist Karl Heinrich Stolz.', 'Karl Heinrich Stolz'],
    ['The award was presented on Friday by former president Joyce Banda.', 'Joyce Banda'],
    ['The company was bought in 2019 by Dutch investor Willem de Vries.', 'Willem de Vries'],
    ['The school was opened in 1998 by the then education minister, Aoife Ní Chonaill.', 'Aoife Ní Chonaill'],
    ['The clinic was opened on Monday by Dr. Oluwaseun Adeyemi-Bakare.', 'Oluwaseun Adeyemi-Bakare'],
  ])('reads the agent of a passive after "by" and a title: %s', (sentence, agent) => {
    expect(participants(sentence, 'other')).toEqual([[agent]]);
  });

  it('takes no agent from "by the time ..."', () => {
    const [closure] = participants('The museum was closed in 2020 by the time Mayor Ana Ruiz took office.', 'other');
    expect(closure).toEqual([]);
  });

  it.each([
    [
      'Chinedu Okafor met Aisha Bello in Abuja on Monday. On Friday the two signed the accord.',
      'policy',
      ['Chinedu Okafor', 'Aisha Bello'],
    ],
    [
      'Seán Ó Dónaill met Ana María García-López in Madrid on Monday. On Friday both women signed the accord.',
      'policy',
      ['Seán Ó Dónaill', 'Ana María García-López'],
    ],
    [
      'Chinedu Okafor met Aisha Bello in Abuja on Monday. Talks between the two broke down on Friday.',
      'meeting',
      ['Chinedu Okafor', 'Aisha Bello'],
    ],
    [
      'Indonesian Foreign Minister Arif Wicaksono held a call on Wednesday with Vietnamese Foreign Minister Pham Thi Lan. It was their first conversation since the two countries signed a border treaty in May 2021.',
      'policy',
      ['Indonesia', 'Vietnam'],
    ],
  ])('reads "the two" as the pair of the meeting told before: %s', (text, kind, pair) => {
    expect(participants(text, kind)).toContainEqual(pair);
  });

  it.each([
    ['Prime Minister Kadri Lepp of Civic Union survived a confidence vote on Monday.', 'policy', ['Kadri Lepp']],
    ['Chancellor Ivo Brandt resigned on Tuesday, hours after losing a confidence vote.', 'policy', ['Ivo Brandt']],
    ['Governor Ngozi Eze of Lagos State won the election on Saturday.', 'other', ['Ngozi Eze']],
  ])(
    'gives an event noun the subject of the verb it is the object of, not the party after "of": %s',
    (text, kind, actors) => {
      expect(participants(text, kind)).toEqual([actors]);
    },
  );

  it('adds those who act "along with" the subject', () => {
    expect(
      participants('Niger quit the bloc in January 2025 along with Mali and Burkina Faso.', 'policy').flat(),
    ).toEqual(expect.arrayContaining(['Niger', 'Mali', 'Burkina Faso']));
  });
});
