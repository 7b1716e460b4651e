/**
 * World knowledge as compact data: one line per entry, fields separated by "|", lists by ";".
 * Parsed once by gazetteer.ts. General knowledge only: no article's people belong here.
 */

/**
 * Countries: name | capitals (seats of government, read as the government: "Moscow" -> Russia) |
 * other names | demonyms. Capitals that are common words or given names ("Victoria", "Male") are
 * left out on purpose.
 */
export const COUNTRIES = `
Afghanistan|Kabul||Afghan
Albania|Tirana||Albanian
Algeria|Algiers||Algerian
Andorra|||Andorran
Angola|Luanda||Angolan
Antigua and Barbuda|||Antiguan
Argentina|Buenos Aires||Argentine;Argentinian
Armenia|Yerevan||Armenian
Australia|Canberra||Australian
Austria|Vienna||Austrian
Azerbaijan|Baku||Azerbaijani
Bahamas|Nassau|The Bahamas|Bahamian
Bahrain|Manama||Bahraini
Bangladesh|Dhaka||Bangladeshi
Barbados|Bridgetown||Barbadian
Belarus|Minsk||Belarusian
Belgium|||Belgian
Belize|Belmopan||Belizean
Benin|Porto-Novo||Beninese
Bhutan|Thimphu||Bhutanese
Bolivia|La Paz||Bolivian
Bosnia and Herzegovina|Sarajevo|Bosnia|Bosnian
Botswana|Gaborone||Botswanan
Brazil|Brasilia;Brasília||Brazilian
Brunei|Bandar Seri Begawan||Bruneian
Bulgaria|||Bulgarian
Burkina Faso|Ouagadougou||Burkinabe
Burundi|Gitega||Burundian
Cabo Verde||Cape Verde|Cape Verdean
Cambodia|Phnom Penh||Cambodian
Cameroon|Yaounde;Yaoundé||Cameroonian
Canada|Ottawa||Canadian
Central African Republic|Bangui||Central African
Chad|N'Djamena||Chadian
Chile|Santiago||Chilean
China|Beijing|People's Republic of China;PRC|Chinese
Colombia|Bogota;Bogotá||Colombian
Comoros|Moroni||Comorian
Congo|Brazzaville|Republic of the Congo|Congolese
Democratic Republic of the Congo|Kinshasa|DRC;DR Congo|
Costa Rica|San Jose;San José||Costa Rican
Ivory Coast|Yamoussoukro;Abidjan|Cote d'Ivoire;Côte d'Ivoire|Ivorian
Croatia|Zagreb||Croatian
Cuba|Havana||Cuban
Cyprus|Nicosia||Cypriot
Czech Republic|Prague|Czechia|Czech
Denmark|Copenhagen||Danish
Djibouti|||Djiboutian
Dominica|Roseau||Dominican
Dominican Republic|Santo Domingo||
Ecuador|Quito||Ecuadorian
Egypt|Cairo||Egyptian
El Salvador|San Salvador||Salvadoran
Equatorial Guinea|Malabo||Equatoguinean
Eritrea|Asmara||Eritrean
Estonia|Tallinn||Estonian
Eswatini|Mbabane|Swaziland|Swazi
Ethiopia|Addis Ababa||Ethiopian
Fiji|Suva||Fijian
Finland|Helsinki||Finnish
France|Paris|French Republic|French
Gabon|Libreville||Gabonese
Gambia|Banjul|The Gambia|Gambian
Georgia|Tbilisi||Georgian
Germany|Berlin||German
Ghana|Accra||Ghanaian
Greece|Athens||Greek
Grenada|||Grenadian
Guatemala|Guatemala City||Guatemalan
Guinea|Conakry||Guinean
Guinea-Bissau|Bissau||Bissau-Guinean
Guyana|Georgetown||Guyanese
Haiti|Port-au-Prince||Haitian
Honduras|Tegucigalpa||Honduran
Hungary|Budapest||Hungarian
Iceland|Reykjavik||Icelandic
India|New Delhi||Indian
Indonesia|Jakarta||Indonesian
Iran|Tehran||Iranian
Iraq|Baghdad||Iraqi
Ireland|Dublin||Irish
Israel|Jerusalem||Israeli
Italy|Rome||Italian
Jamaica|Kingston||Jamaican
Japan|Tokyo||Japanese
Jordan|Amman||Jordanian
Kazakhstan|Astana||Kazakh;Kazakhstani
Kenya|Nairobi||Kenyan
Kiribati|Tarawa||
Kuwait|Kuwait City||Kuwaiti
Kyrgyzstan|Bishkek||Kyrgyz
Laos|Vientiane||Lao;Laotian
Latvia|Riga||Latvian
Lebanon|Beirut||Lebanese
Lesotho|Maseru||Basotho
Liberia|Monrovia||Liberian
Libya|Tripoli||Libyan
Liechtenstein|Vaduz||
Lithuania|Vilnius||Lithuanian
Luxembourg|||Luxembourgish
Madagascar|Antananarivo||Malagasy
Malawi|Lilongwe||Malawian
Malaysia|Kuala Lumpur;Putrajaya||Malaysian
Maldives||The Maldives|Maldivian
Mali|Bamako||Malian
Malta|Valletta||Maltese
Marshall Islands|Majuro||Marshallese
Mauritania|Nouakchott||Mauritanian
Mauritius|Port Louis||Mauritian
Mexico|Mexico City||Mexican
Micronesia|Palikir||Micronesian
Moldova|Chisinau;Chișinău||Moldovan
Monaco|||Monegasque
Mongolia|Ulaanbaatar||Mongolian
Montenegro|Podgorica||Montenegrin
Morocco|Rabat||Moroccan
Mozambique|Maputo||Mozambican
Myanmar|Naypyitaw;Naypyidaw|Burma|Burmese
Namibia|Windhoek||Namibian
Nauru|||Nauruan
Nepal|Kathmandu||Nepali;Nepalese
Netherlands|Amsterdam;The Hague|Holland;The Netherlands|Dutch
New Zealand|Wellington||New Zealander
Nicaragua|Managua||Nicaraguan
Niger|Niamey||Nigerien
Nigeria|Abuja||Nigerian
North Korea|Pyongyang|DPRK|North Korean
North Macedonia|Skopje|Macedonia|Macedonian
Norway|Oslo||Norwegian
Oman|Muscat||Omani
Pakistan|Islamabad||Pakistani
Palau|Ngerulmud||Palauan
Panama|Panama City||Panamanian
Papua New Guinea|Port Moresby||Papua New Guinean
Paraguay|Asuncion;Asunción||Paraguayan
Peru|Lima||Peruvian
Philippines|Manila|The Philippines|Filipino;Philippine
Poland|Warsaw||Polish
Portugal|Lisbon||Portuguese
Qatar|Doha||Qatari
Romania|Bucharest||Romanian
Russia|Moscow|Russian Federation|Russian
Rwanda|Kigali||Rwandan
Saint Kitts and Nevis|Basseterre||Kittitian
Saint Lucia|Castries||Saint Lucian
Saint Vincent and the Grenadines|Kingstown||Vincentian
Samoa|Apia||Samoan
San Marino|||Sammarinese
Sao Tome and Principe|São Tomé||Santomean
Saudi Arabia|Riyadh|Saudi|Saudi;Saudi Arabian
Senegal|Dakar||Senegalese
Serbia|Belgrade||Serbian;Serb
Seychelles|||Seychellois
Sierra Leone|Freetown||Sierra Leonean
Singapore|||Singaporean
Slovakia|Bratislava||Slovak
Slovenia|Ljubljana||Slovenian;Slovene
Solomon Islands|Honiara||Solomon Islander
Somalia|Mogadishu||Somali
South Africa|Pretoria;Cape Town||South African
South Korea|Seoul|Republic of Korea|South Korean
South Sudan|Juba||South Sudanese
Spain|Madrid||Spanish
Sri Lanka|Colombo||Sri Lankan
Sudan|Khartoum||Sudanese
Suriname|Paramaribo||Surinamese
Sweden|Stockholm||Swedish
Switzerland|Bern||Swiss
Syria|Damascus||Syrian
Tajikistan|Dushanbe||Tajik
Tanzania|Dodoma;Dar es Salaam||Tanzanian
Thailand|Bangkok||Thai
Timor-Leste|Dili|East Timor|Timorese
Togo|Lome;Lomé||Togolese
Tonga|Nuku'alofa||Tongan
Trinidad and Tobago|Port of Spain||Trinidadian
Tunisia|Tunis||Tunisian
Turkey|Ankara|Turkiye;Türkiye|Turkish
Turkmenistan|Ashgabat||Turkmen
Tuvalu|Funafuti||Tuvaluan
Uganda|Kampala||Ugandan
Ukraine|Kyiv;Kiev||Ukrainian
United Arab Emirates|Abu Dhabi|UAE;U.A.E.;Emirates|Emirati
United Kingdom|London|U.K.;UK;Britain;Great Britain|British
United States|Washington|U.S.;US;USA;U.S.A.;America;United States of America|American
Uruguay|Montevideo||Uruguayan
Uzbekistan|Tashkent||Uzbek
Vanuatu|Port Vila||Vanuatuan
Venezuela|Caracas||Venezuelan
Vietnam|Hanoi|Viet Nam|Vietnamese
Yemen|Sanaa;Sana'a||Yemeni
Zambia|Lusaka||Zambian
Zimbabwe|Harare||Zimbabwean
Taiwan|Taipei||Taiwanese
Kosovo|Pristina||Kosovar
Palestine|Ramallah|Palestinian Territories|Palestinian
Vatican|Vatican City|Holy See|
`;

/**
 * Institutions and groups: name | kind | other names | country they belong to (for "the U.S.
 * leader" style references and documentation; they stay actors of their own: "the Kremlin said"
 * is the Kremlin's statement, as the text gives it) | seats that news style uses for the body
 * itself ("Brussels" for the European Union) | common nouns a text refers to it by once named
 * ("the bloc", "the alliance").
 */
export const INSTITUTIONS = `
United Nations|organization|U.N.;UN;United Nations Organization|||organization;body
U.N. Security Council|organization|UN Security Council;United Nations Security Council;Security Council|||council
European Union|organization|EU;E.U.||Brussels|bloc;union
European Commission|organization||||commission
European Parliament|organization||||parliament
European Central Bank|organization|ECB|||bank
NATO|organization|North Atlantic Treaty Organization;Nato|||alliance
World Health Organization|organization|WHO|||agency;organization
International Monetary Fund|organization|IMF|||fund;lender
World Bank|organization||||bank;lender
World Trade Organization|organization|WTO|||organization;body
OPEC|organization|Organization of the Petroleum Exporting Countries|||group;cartel;organization
OPEC+|organization|OPEC Plus|||group;cartel;alliance
African Union|organization|AU|||bloc;union
ASEAN|organization|Association of Southeast Asian Nations|||bloc;group;association
G7|organization|Group of Seven;G-7|||group
G20|organization|Group of 20;G-20|||group
International Criminal Court|organization|ICC|||court
International Atomic Energy Agency|organization|IAEA|||agency;watchdog
Red Cross|organization|International Committee of the Red Cross;ICRC|||committee;organization
Kremlin|organization||Russia
Downing Street|organization|Number 10;No. 10|United Kingdom
Elysee|organization|Élysée;Elysee Palace;Élysée Palace|France
White House|organization||United States
Pentagon|organization||United States
State Department|organization|U.S. State Department|United States||department
Federal Reserve|organization|Fed|United States||bank
Congress|organization|U.S. Congress|United States
SADC|organization|Southern African Development Community|||bloc
East African Community|organization|EAC|||bloc
Organization of American States|organization|OAS;Organisation of American States|||organization
OSCE|organization|Organization for Security and Co-operation in Europe;Organisation for Security and Co-operation in Europe|||organization
OECD|organization|Organisation for Economic Co-operation and Development;Organization for Economic Cooperation and Development|||organization;organisation
Arab League|organization|League of Arab States|||league
Gulf Cooperation Council|organization|GCC|||council;bloc
Mercosur|organization|MERCOSUR|||bloc
UNICEF|organization|Unicef;United Nations Children's Fund|||agency;fund
UNHCR|organization|United Nations High Commissioner for Refugees|||agency
Doctors Without Borders|organization|Médecins Sans Frontières;Medecins Sans Frontieres;MSF|||charity;group
Human Rights Watch|organization|HRW|||group
Knesset|organization||Israel||parliament
Bundestag|organization||Germany||parliament
State Duma|organization|Duma|Russia||parliament
Sejm|organization||Poland||parliament
Storting|organization|Stortinget|Norway||parliament
Riksdag|organization||Sweden||parliament
Folketing|organization|Folketinget|Denmark||parliament
Eduskunta|organization||Finland||parliament
Dáil|organization|Dail;Dáil Éireann;Dail Eireann|Ireland||parliament
Lok Sabha|organization||India||house;parliament
Rajya Sabha|organization||India||house
Verkhovna Rada|organization||Ukraine||parliament
Hamas|group||||group;movement
Hezbollah|group||||group;movement
Taliban|group|the Taliban|||group;movement
Houthis|group|Houthi|||group;movement;rebels
Islamic State|group|ISIS;ISIL|||group
al-Qaeda|group|al Qaeda;Al Qaeda;Al-Qaeda|||group;network
Wagner Group|group|Wagner|||group
Boko Haram|group||||group
al-Shabab|group|Al-Shabab;al Shabaab|||group
PKK|group|Kurdistan Workers' Party|||group
`;

/**
 * Places that are not actors (states, regions, cities that are not seats of government):
 * recognised so that they are never taken for people ("New York", "Alaska").
 */
export const PLACES = `
Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;Florida;Hawaii;Idaho;
Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;
Mississippi;Missouri;Montana;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;New York;
North Carolina;North Dakota;Ohio;Oklahoma;Oregon;Pennsylvania;Rhode Island;South Carolina;
South Dakota;Tennessee;Texas;Utah;Vermont;Virginia;West Virginia;Wisconsin;Wyoming;
New York City;Los Angeles;Chicago;Houston;San Francisco;Boston;Miami;Seattle;Philadelphia;
Atlanta;Dallas;Detroit;Denver;Las Vegas;New Orleans;Silicon Valley;Wall Street;Capitol Hill;
Geneva;Davos;Munich;Frankfurt;Hamburg;Milan;Barcelona;Istanbul;St. Petersburg;Saint Petersburg;
Shanghai;Hong Kong;Mumbai;Dubai;Sydney;Melbourne;Toronto;Montreal;Vancouver;Sao Paulo;
Rio de Janeiro;Lagos;Johannesburg;Osaka;Manchester;Edinburgh;Strasbourg;Northern Ireland;
Crimea;Donbas;Donetsk;Luhansk;Kharkiv;Odesa;Odessa;Zaporizhzhia;Kherson;Mariupol;Bakhmut;
Gaza;Gaza Strip;West Bank;Golan Heights;Kashmir;Tibet;Xinjiang;Siberia;Chechnya;Kaliningrad;
Europe;Asia;Africa;North America;South America;Latin America;Middle East;Arctic;Antarctica;
Baltic;Baltics;Balkans;Caucasus;Scandinavia;Pacific;Atlantic;Mediterranean;Black Sea;Red Sea;
South China Sea;Persian Gulf;Gulf;Indo-Pacific;Sahel;Caribbean
`;

/**
 * The forms of a country's name that open a compound adjective of two countries ("Franco-German
 * talks", "the Sino-Russian summit", "Anglo-Irish relations"): form | country. Only read before a
 * hyphen: alone, "Franco" is a name.
 */
export const COMBINING_FORMS = `
Franco|France
Sino|China
Russo|Russia
Anglo|United Kingdom
Indo|India
Italo|Italy
Greco|Greece
Austro|Austria
Turco|Turkey
Hispano|Spain
Luso|Portugal
Germano|Germany
Polono|Poland
Nippo|Japan
Japano|Japan
`;
