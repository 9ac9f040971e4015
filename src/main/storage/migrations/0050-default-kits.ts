// Seed data of migration 0050: the three interview kits a new database starts with.
type DefaultKit = {
  id: string;
  name: string;
  description: string;
  definition: {
    sections: Array<{
      id: string;
      title: string;
      questions: Array<{ id: string; text: string; guidance: string }>;
    }>;
    attributeCategories: Array<{
      id: string;
      name: string;
      attributes: Array<{ id: string; name: string; description: string }>;
    }>;
  };
};

// Frozen here on purpose: a migration must seed the same rows whatever later code thinks a default kit is.
export const defaultKits: DefaultKit[] = [
  {
    id: '01960000-0000-7000-8000-000000000501',
    name: 'Recruiter phone screen',
    description: 'A 30-minute first call: background, motivation, logistics and the candidate’s questions.',
    definition: {
      sections: [
        {
          id: 'screen-opening',
          title: 'Opening',
          questions: [
            {
              id: 'screen-background',
              text: 'Walk me through your background and what brings you to this conversation.',
              guidance:
                'Keep it to three or four minutes. Listen for a clear story and how they connect past roles to this one.',
            },
          ],
        },
        {
          id: 'screen-motivation',
          title: 'Motivation and fit',
          questions: [
            {
              id: 'screen-looking-for',
              text: 'What are you looking for in your next role, and what would make you say no?',
              guidance:
                'Write down must-haves and deal-breakers in their words: team, domain, remote work, growth.',
            },
            {
              id: 'screen-why-us',
              text: 'What do you know about us, and what caught your interest?',
              guidance: 'Preparation shows interest, but do not mark anyone down for what is not public.',
            },
          ],
        },
        {
          id: 'screen-logistics',
          title: 'Logistics',
          questions: [
            {
              id: 'screen-notice',
              text: 'What is your notice period, and when could you start?',
              guidance: '',
            },
            {
              id: 'screen-salary',
              text: 'What are your salary expectations?',
              guidance:
                'Share the budgeted range if your policy allows. Record their number, not your reaction.',
            },
            {
              id: 'screen-location',
              text: 'Do you need visa sponsorship or relocation support? Any constraints on location or hours?',
              guidance: '',
            },
            {
              id: 'screen-pipeline',
              text: 'Where else are you interviewing, and what is your timeline?',
              guidance: 'Helps plan the next steps; never pressure them to share company names.',
            },
          ],
        },
        {
          id: 'screen-close',
          title: 'Close',
          questions: [
            {
              id: 'screen-their-questions',
              text: 'What questions do you have for me?',
              guidance:
                'Their questions show how they judge an employer. Note anything you promised to follow up on.',
            },
          ],
        },
      ],
      attributeCategories: [
        {
          id: 'screen-fit',
          name: 'Fit',
          attributes: [
            {
              id: 'screen-motivation-for-role',
              name: 'Motivation for the role',
              description: 'Knows why they want this role and can say so specifically.',
            },
            {
              id: 'screen-requirements',
              name: 'Match with the requirements',
              description: 'Experience covers the must-haves in the job description.',
            },
          ],
        },
        {
          id: 'screen-communication',
          name: 'Communication',
          attributes: [
            {
              id: 'screen-clarity',
              name: 'Clarity',
              description: 'Answers are structured, concise and easy to follow.',
            },
            {
              id: 'screen-listening',
              name: 'Listening',
              description: 'Answers the question asked and builds on what you said.',
            },
          ],
        },
        {
          id: 'screen-logistics-fit',
          name: 'Logistics',
          attributes: [
            {
              id: 'screen-compensation',
              name: 'Compensation alignment',
              description: 'Expectations fit the budgeted range, or the gap is bridgeable.',
            },
            {
              id: 'screen-availability',
              name: 'Availability',
              description: 'Start date, location and working hours work for the team.',
            },
          ],
        },
      ],
    },
  },
  {
    id: '01960000-0000-7000-8000-000000000502',
    name: 'Technical interview',
    description:
      'A 60-minute engineering interview: a past system, a shared problem, design and collaboration.',
    definition: {
      sections: [
        {
          id: 'tech-warm-up',
          title: 'Warm-up',
          questions: [
            {
              id: 'tech-proud-system',
              text: 'Tell me about a system you built that you are proud of. What was your part in it?',
              guidance: 'Listen for "I" against "we". Ask what they would do differently today.',
            },
          ],
        },
        {
          id: 'tech-problem',
          title: 'Problem solving',
          questions: [
            {
              id: 'tech-exercise',
              text: 'Let’s work through a problem together. Please think aloud as you go.',
              guidance:
                'Judge the approach before the syntax: clarifying questions, breaking the problem down, edge cases. ' +
                'Offer hints and note how they use them.',
            },
            {
              id: 'tech-testing',
              text: 'How would you test this, and what could go wrong in production?',
              guidance: 'Look for concrete cases, not just "write unit tests".',
            },
          ],
        },
        {
          id: 'tech-design',
          title: 'System design',
          questions: [
            {
              id: 'tech-design-service',
              text: 'How would you design this feature as a service, and what changes at ten times the traffic?',
              guidance:
                'Strong answers name trade-offs out loud: consistency, cost, latency, how it is operated.',
            },
            {
              id: 'tech-incident',
              text: 'Tell me about a production incident you were part of. How was it found, fixed and prevented?',
              guidance: 'Blameless framing and a lasting fix matter more than heroics.',
            },
          ],
        },
        {
          id: 'tech-collaboration',
          title: 'Collaboration',
          questions: [
            {
              id: 'tech-disagreement',
              text: 'Describe a time you disagreed with a technical decision. What happened?',
              guidance: 'Did they argue with evidence, and could they commit once the decision was made?',
            },
            {
              id: 'tech-review',
              text: 'How do you give and receive code review feedback?',
              guidance: '',
            },
          ],
        },
        {
          id: 'tech-their-questions',
          title: 'Candidate’s questions',
          questions: [
            {
              id: 'tech-ask-us',
              text: 'What would you like to know about how we build software here?',
              guidance: '',
            },
          ],
        },
      ],
      attributeCategories: [
        {
          id: 'tech-skills',
          name: 'Technical skills',
          attributes: [
            {
              id: 'tech-problem-solving',
              name: 'Problem solving',
              description: 'Breaks a vague problem down and reaches a working approach.',
            },
            {
              id: 'tech-code-quality',
              name: 'Code quality',
              description: 'Readable, correct, well-named code.',
            },
            {
              id: 'tech-system-design',
              name: 'System design',
              description: 'Sound architecture with trade-offs made explicit.',
            },
            {
              id: 'tech-reliability',
              name: 'Testing and reliability',
              description: 'Thinks about failure, tests and operating what they build.',
            },
          ],
        },
        {
          id: 'tech-ways-of-working',
          name: 'Ways of working',
          attributes: [
            {
              id: 'tech-communication',
              name: 'Technical communication',
              description: 'Explains ideas at the right level for the listener.',
            },
            {
              id: 'tech-collaboration-skill',
              name: 'Collaboration',
              description: 'Works with others through disagreement and review.',
            },
            {
              id: 'tech-curiosity',
              name: 'Learning and curiosity',
              description: 'Asks good questions and learns from hints and mistakes.',
            },
          ],
        },
      ],
    },
  },
  {
    id: '01960000-0000-7000-8000-000000000503',
    name: 'Values and motivation',
    description: 'A behavioural interview about ownership, collaboration and growth. Ask for real examples.',
    definition: {
      sections: [
        {
          id: 'values-motivation',
          title: 'Motivation',
          questions: [
            {
              id: 'values-what-motivates',
              text: 'What motivates you in your work from day to day?',
              guidance: '',
            },
            {
              id: 'values-meaningful-work',
              text: 'Describe a piece of work that felt meaningful to you. Why did it matter?',
              guidance: 'Ask for a specific example: situation, task, action, result.',
            },
          ],
        },
        {
          id: 'values-ownership',
          title: 'Ownership',
          questions: [
            {
              id: 'values-beyond-role',
              text: 'Tell me about a time you took responsibility for something outside your role.',
              guidance: 'What did they do themselves, and what happened because of it?',
            },
            {
              id: 'values-mistake',
              text: 'Tell me about a mistake you made. What did you do next?',
              guidance: 'Look for accountability without blame, and a lesson they applied later.',
            },
          ],
        },
        {
          id: 'values-collaboration',
          title: 'Collaboration and respect',
          questions: [
            {
              id: 'values-different-person',
              text: 'Describe working closely with someone very different from you. How did you make it work?',
              guidance: '',
            },
            {
              id: 'values-changed-mind',
              text: 'When did a colleague change your mind about something important?',
              guidance: 'Openness to other views, and how they weighed them.',
            },
          ],
        },
        {
          id: 'values-growth',
          title: 'Growth',
          questions: [
            {
              id: 'values-feedback',
              text: 'What feedback changed how you work?',
              guidance: '',
            },
            {
              id: 'values-next-year',
              text: 'What would you like to learn in the next year, and how?',
              guidance: '',
            },
          ],
        },
      ],
      attributeCategories: [
        {
          id: 'values-values',
          name: 'Values',
          attributes: [
            {
              id: 'values-ownership-attribute',
              name: 'Ownership',
              description: 'Takes responsibility and follows through.',
            },
            { id: 'values-integrity', name: 'Integrity', description: 'Honest about mistakes and limits.' },
            {
              id: 'values-respect',
              name: 'Respect and inclusion',
              description: 'Values different people and perspectives.',
            },
          ],
        },
        {
          id: 'values-drive',
          name: 'Motivation',
          attributes: [
            {
              id: 'values-drive-attribute',
              name: 'Drive',
              description: 'Energy and initiative shown in examples.',
            },
            {
              id: 'values-growth-mindset',
              name: 'Growth mindset',
              description: 'Seeks feedback and acts on it.',
            },
            {
              id: 'values-mission',
              name: 'Alignment with our mission',
              description: 'What they care about fits what the team does.',
            },
          ],
        },
      ],
    },
  },
];
