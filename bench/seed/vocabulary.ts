/** Word lists for realistic recruiting data; names and places carry diacritics so search must fold them. */
export const vocabulary = {
  /** Roughly in order of frequency in English interview notes; the Zipf sampler makes the first ones very common. */
  commonWords: `the and to of a in is she he they with for on was that has experience team good
    strong work we about candidate their role this as would be at very but from project not have an it
    some more when skills asked communication worked years like well also questions answered did could
    next time clear interview really technical think process examples system design people product
    company current previous looking great background will discussed problem solving showed leadership
    management customers data build code review stakeholders testing salary notice period remote office
    relocation hybrid culture fit motivation growth learning mentoring feedback deadline delivery quality
    performance scale architecture database frontend backend mobile cloud security infrastructure
    pipeline deployment monitoring incident ownership initiative collaboration conflict priorities
    tradeoffs estimate roadmap metrics users research hiring manager panel onsite offer reference
    availability start date expectations visa sponsorship contract permanent parttime fulltime
    promotion career goals strengths weaknesses concerns follow up scheduled call email recruiter
    agency referral portfolio github linkedin assessment homework exercise whiteboard pairing session`
    .split(/\s+/)
    .filter(Boolean),
  technical: `typescript javascript python rust golang kotlin swift java scala elixir haskell clojure
    react angular vue svelte node django rails spring kubernetes docker terraform ansible postgres
    mysql sqlite redis kafka rabbitmq graphql grpc webassembly tensorflow pytorch spark airflow
    snowflake bigquery figma sketch jira linux aws azure gcp`
    .split(/\s+/)
    .filter(Boolean),
  firstNames: `Zoë José Łukasz Małgorzata Søren Björn Chloé Renée Zoltán Ana Ciarán Aoife Noémie Åsa
    François Jürgen Müge Çağla Dávid Ondřej Agnieszka Siobhán Inés Raphaël Sébastien Kateřina Jiří
    Mateusz Zofia Oğuz Ayşe Nguyễn Thảo Björk Þóra Ólafur Ådne Ærøe Dóra Ignacio Lucía Andrés Tomás
    Emily James Olivia Noah Amelia Liam Sophia Lucas Mia Ethan Grace Henry Ava Leo Isla Oscar Ada Alan`
    .split(/\s+/)
    .filter(Boolean),
  lastNames: `Kowalski Nowak Wiśniewski Wójcik Kamińska Lewandowski Zieliński Szymańska Dąbrowski
    Müller Schröder Köhler Groß Meißner Jäger Sørensen Ødegård Håkansson Ångström Lindqvist Björklund
    García Martínez López Sánchez Pérez Gómez Fernández Núñez Peña Ibáñez Durán Muñoz Ó'Brien Ní Dhuibhir
    Dvořák Novák Černý Svoboda Procházka Kučera Lefèvre Mercier Bélanger Gagné Côté Tremblay Nguyễn
    Trần Lê Phạm Yılmaz Kaya Demir Şahin Çelik Öztürk Smith Johnson Brown Taylor Wilson Davies Evans`
    .split(/\s+/)
    .filter(Boolean),
  cities: [
    'Kraków',
    'Łódź',
    'Gdańsk',
    'Wrocław',
    'Poznań',
    'Zürich',
    'Genève',
    'Malmö',
    'Göteborg',
    'Reykjavík',
    'Montréal',
    'Québec',
    'Düsseldorf',
    'München',
    'Köln',
    'São Paulo',
    'Bogotá',
    'Medellín',
    'Córdoba',
    'Málaga',
    'Brno',
    'Plzeň',
    'Århus',
    'Tromsø',
    'İstanbul',
    'İzmir',
    'Hà Nội',
    'Đà Nẵng',
    'London',
    'Berlin',
    'Paris',
    'Lisbon',
    'Dublin',
    'Amsterdam',
    'Remote',
  ],
  roles: [
    'Software Engineer',
    'Senior Software Engineer',
    'Staff Engineer',
    'Frontend Engineer',
    'Backend Engineer',
    'Data Scientist',
    'Product Manager',
    'Product Designer',
    'Engineering Manager',
    'DevOps Engineer',
    'QA Engineer',
    'Technical Writer',
  ],
  sources: ['LinkedIn', 'Referral', 'Careers page', 'Agency', 'GitHub', 'Conference', 'Job board', 'Meetup'],
  tags: [
    'remote',
    'senior',
    'urgent',
    'relocation',
    'visa',
    'parttime',
    'contractor',
    'diversity',
    'silver-medalist',
    'returning',
  ],
};
