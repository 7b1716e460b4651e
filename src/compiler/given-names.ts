/**
 * Given names that tell a person's gender, so that a "he" or "she" can agree with someone the
 * text never called "Mr" or "she" ("Prime Minister Ana Ruiz sacked Interior Minister Pablo Soto.
 * He will leave office on Friday" is Soto). Only names given to one gender across the languages
 * news is written about: "Andrea", "Jean", "Nicola", "Sam", "Kim" are left out, so a name that
 * tells nothing stays of unknown gender, as before.
 */

const MALE = `
  aaron abdul abdullah abraham adam adrian ahmed ahmad akira alan albert alberto aleksandr alexander
  alexei alfonso alfred amir anders andre andrei andrew andres andriy angelo anil anton antonio
  arjun armando arnold arthur arturo ashok augusto bernard bjorn boris brendan brian bruno carl carlos
  charles christian christopher claude colin craig cristiano daniel dariusz david dennis derek diego
  dmitri dmitry dominic donald douglas duncan edgar eduardo edward emeka emil emmanuel enrique eric
  erik ernesto esteban eugene fabio farid fernando filip francesco francisco frank franz frederick
  gabriel gareth gary geoffrey george georgi gerald gerhard giorgio giovanni giuseppe glenn gordon
  graham gregory guillaume gunnar gustavo hamid hans harold harry hassan hector heinrich henrik henry
  hugo hussein ian ibrahim igor ivan ivo jack jacob jacques jakob james javier jeffrey jens jeremy
  jerzy joachim joao joe johan johannes john jonas jonathan jorge jose josef joseph juan julian
  jurgen karl keith kenneth kevin klaus kofi kwame kwabena lars laurent leon leonardo liam lorenzo
  louis luca lucas luis luiz lukas magnus mahmoud malik manuel marco marcus mario mark martin mateo
  matteo matthew matthias maurice max michael miguel mikhail mohamed mohammed muhammad mustafa nabil
  nathan neil nicholas nikolai nils olaf oleg oliver omar oscar otto owen pablo paolo patrick paul
  pavel pedro peter philip philippe pierre piotr rafael rahul rajesh ramon raul raymond ricardo
  richard robert roberto roger roman ronald rui ryan salim samuel santiago sebastian sergei
  sergey sergio simon stefan stephen steven sven tariq thomas timothy tobias tom tomas tony uwe
  vasily victor viktor vincent vladimir walter werner william wolfgang xavier yaw yosef youssef yuri
  yusuf zoltan andy ben bill bob dave ed greg jim jimmy joey ken matt mike nick pete phil rob sean steve tim vince
  juma hamisi baraka chinedu tunde kwesi kojo kwaku kwasi dawit yohannes tesfaye abebe mamadou moussa
  ousmane ibrahima amadou seydou
`;

const FEMALE = `
  abena adriana agnes aisha alejandra alexandra alice alicia alina amanda amara amelia amina amy ana
  anastasia angela angelika anita anja ann anna anne annika antonia aurora barbara beatriz
  birgit brenda bridget camila carla carmen carolina caroline catherine cecilia charlotte chiara
  christina christine claire claudia cristina daniela deborah denise diana dolores dorothy elena
  elizabeth ellen elsa emily emma erika esther eva fatima fatma fiona francesca gabriela giulia
  grace greta gudrun hana hannah heidi helen helena ingrid irene irina isabel isabella jane janet
  jennifer jessica joanna joanne johanna josephine judith julia juliana julie karen karin katarzyna
  katherine kathryn katrin laura leila lena linda lisa lucia lucy luisa magdalena margaret margarethe
  maria marie marina marta martha mary maya megan melanie mia michelle mirela monica monika nadia
  natalia natalya natasha nicole nina nora olga olivia patricia paula petra priya rachel rebecca
  renata rita rosa ruth sabine sandra sara sarah silvia sofia sonia sophie stephanie susan susanne
  svetlana tatiana teresa ursula valentina valeria vanessa vera veronica victoria wendy yasmin
  yolanda zainab zofia annie beth becky cathy jenny kate kathy liz meg molly sally sue
  faith mercy eleni joy wanjiru njeri wambui akosua efua adwoa aminata fatoumata mariam halima zawadi
  neema rehema precious patience gloria tigist selam mekdes hiwot
`;

const GIVEN_NAME_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...MALE.split(/\s+/)
    .filter(Boolean)
    .map((name) => [name, 'male'] as const),
  ...FEMALE.split(/\s+/)
    .filter(Boolean)
    .map((name) => [name, 'female'] as const),
]);

/**
 * The gender a person's given name tells ("Ana Ruiz" female, "Pablo Soto" male), from the first
 * word of a name of two words or more; undefined for a name that tells none or a surname alone.
 */
export function givenNameGender(name: string): 'male' | 'female' | undefined {
  const words = name.split(' ');
  if (words.length < 2) return undefined;
  const first = (words[0] ?? '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return GIVEN_NAME_GENDER.get(first);
}
