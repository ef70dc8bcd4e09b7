/** The sv texts of agents.ts (loaded when a text in this language is first read: lazy.ts). */
import type { AgentMessages } from '../agents.ts';

export const sv: AgentMessages = {
  relations: {
    'family-member': 'familjemedlem',
    'legal-guardian': 'vårdnadshavare, god man eller förvaltare',
    lawyer: 'advokat eller jurist',
    'privacy-service':
      'integritetstjänst (till exempel en tjänst som tar bort personuppgifter)',
    other: 'annat',
  },
  form: {
    legend: 'Gör du begäran för någon annan?',
    onBehalf: 'Jag gör begäran för någon annans räkning',
    hint: 'Ange då personens egen e-postadress och namn ovan: vi skickar en länk till personen för att bekräfta begäran, och svaret går till personen. Dina egna uppgifter anger du här.',
    name: 'Ditt eget namn',
    email: 'Din egen e-postadress',
    relation: 'Vem du är för personen',
    choose: 'Välj…',
    uploadNote:
      'När du har skickat begäran kan du ladda upp din fullmakt (till exempel en fullmakt eller ett brev som personen har undertecknat).',
    errors: {
      onBehalf:
        'Kryssa i ”Jag gör begäran för någon annans räkning”, eller töm fälten om dig.',
      name: 'Skriv ditt namn (högst 200 tecken).',
      email: 'Skriv din egen e-postadress, till exempel namn@exempel.se.',
      sameEmail:
        'Skriv din egen e-postadress här; personens adress hör hemma i e-postfältet ovan.',
      relation: 'Välj vem du är för personen.',
    },
  },
  submitted: {
    body: (m) =>
      `Vi har skickat en länk till personen så att hen kan bekräfta begäran. ${m} behandlar den när personen har bekräftat den, eller när butiken har granskat och godtagit din fullmakt. Vi har också skickat dig ett e-postmeddelande med uppladdningslänken till den här sidan.`,
    upload: 'Ladda upp din fullmakt',
    uploadHint:
      'En fullmakt eller ett brev som personen har undertecknat, som PDF eller foto.',
  },
  verification: {
    byAgent: (agent, address, relation) =>
      `Den här begäran skickades för din räkning av ${agent} (${address}), som anger sig vara din: ${relation}.`,
    confirmOnly:
      'Bekräfta den bara om du har bett hen att företräda dig. Svaret kommer till dig på den här adressen, inte till hen.',
  },
  acknowledgement: (agent, relation) =>
    `Begäran gjordes för din räkning av ${agent} (${relation}); butiken har granskat fullmakten. Svaret kommer till dig på den här adressen.`,
  decision: {
    agent: 'Gjord för personens räkning av',
    agentIs: (agent, address, relation) => `${agent} (${address}), ${relation}`,
    identityByAuthority: (date) =>
      `inte bekräftad av personen: butiken godtog ombudets fullmakt den ${date}`,
  },
  agentEmail: {
    subject: (m, ref) =>
      `Din begäran till ${m} för någon annans räkning [${ref}]`,
    received: (m, right, relation) =>
      `${m} har tagit emot begäran som du skickade för en annan persons räkning (${right}). Du angav att du är personens: ${relation}.`,
    whatNext: (m) =>
      `Vi har skickat en länk till personens egen e-postadress. Begäran går vidare när personen bekräftar den, eller när ${m} har granskat och godtagit din fullmakt. Till dess görs ingenting.`,
    upload: (date) =>
      `Ladda upp din fullmakt, till exempel en fullmakt eller ett brev som personen har undertecknat, som PDF eller foto (sidan fungerar till och med ${date}):`,
    uploadLink: 'Ladda upp din fullmakt',
    answerGoesToPerson:
      'Svaret skickas till personen på hens egen adress, inte till dig: vi skickar personuppgifter bara till den som de gäller.',
  },
  page: {
    title: (ref) => `Fullmakt för begäran ${ref}`,
    heading: (m) => `Din fullmakt till ${m}`,
    intro: (size, n) =>
      `Ladda upp handlingen som visar att du får företräda personen, till exempel en fullmakt eller ett brev som hen har undertecknat. En fil i taget, högst ${size} per fil och ${n} filer sammanlagt.`,
    types:
      'Godtas: PDF samt foton och skanningar (PNG, JPEG, GIF, WebP, HEIC). Typen avgörs av filens innehåll.',
    fileLabel: 'Fil att ladda upp',
    upload: 'Ladda upp',
    formNote:
      'Om uppladdningen nekas (till exempel för att filen är för stor), gå tillbaka till den här sidan och välj en annan fil. Ladda om sidan om den har varit öppen i mer än en timme.',
    limitReached: (n) =>
      `${n} filer har laddats upp, det högsta antalet. Ta bort en fil för att ladda upp en annan.`,
    listHeading: 'Uppladdade filer',
    none: 'Inga filer har laddats upp ännu.',
    notAccepted: (label) => `${label}: godtas inte, ta bort filen`,
    remove: 'Ta bort',
    removeLabel: (name) => `Ta bort ${name}`,
    done: 'Den här begäran behöver inte längre någon fullmakt: personen har bekräftat den, butiken har fattat beslut eller så har den avslutats. Inget mer kan laddas upp.',
    seenBy: (m) =>
      `${m} ser filerna som listas här och avgör om de visar att du får företräda personen.`,
  },
  declined: {
    subject: (m, ref) =>
      `Din begäran till ${m} för någon annans räkning har avslutats [${ref}]`,
    body: (m, right) =>
      `${m} har avslutat begäran som du skickade för en annan persons räkning (${right}) utan att behandla den: personen bekräftade den inte, och butiken kunde inte se av det du skickade att du får företräda personen.`,
    reason: (m) => `Motivering från ${m}:`,
    again:
      'Personen kan själv göra begäran när som helst. Du kan också skicka den igen med en fullmakt som personen har undertecknat.',
  },
};
