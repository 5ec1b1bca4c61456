// Name pools for the example workbooks. Plain invented names; no real school's data.
import type { Random } from './random';

export const FEMALE_NAMES = [
  'Anna', 'Beatrice', 'Chloe', 'Daisy', 'Emma', 'Fatima', 'Grace', 'Hannah', 'Isla', 'Jasmine',
  'Katherine', 'Lucy', 'Maya', 'Nora', 'Olivia', 'Priya', 'Rosa', 'Sophie', 'Tara', 'Uma',
  'Victoria', 'Willow', 'Yasmin', 'Zoe', 'Amelia', 'Elizabeth', 'Freya', 'Ivy', 'Leah', 'Mia',
];

export const MALE_NAMES = [
  'Adam', 'Ben', 'Charles', 'Daniel', 'Ethan', 'Felix', 'George', 'Harry', 'Ibrahim', 'Jack',
  'Karl', 'Leo', 'Mohammed', 'Noah', 'Oscar', 'Peter', 'Raj', 'Samuel', 'Thomas', 'Umar',
  'Victor', 'William', 'Yusuf', 'Zach', 'Alexander', 'Benjamin', 'Callum', 'Dylan', 'Finn', 'Luca',
];

export const SURNAMES = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson',
  'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson',
  'Clarke', 'Khan', 'Lewis', 'Harris', 'Martin', 'Cooper', 'Hill', 'Ward', 'Morris', 'Moore',
  'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen', 'James', 'Scott', 'Phillips',
  'Watson', 'Davis', 'Parker', 'Price', 'Bennett', 'Young', 'Griffiths', 'Mitchell', 'Kelly', 'Cook',
  'Carter', 'Richardson', 'Bailey', 'Collins', 'Bell', 'Shaw', 'Murphy', 'Miller', 'Cox', 'Richards',
  'Novak', 'Okafor', 'Silva', 'Nguyen', 'Kowalski', 'Rossi', 'Garcia', 'Dubois', 'Andersen', 'Ito',
];

/** Short forms students use for themselves in the survey (Students › Also known as). */
export const NICKNAMES: Record<string, string> = {
  Katherine: 'Kate',
  Elizabeth: 'Liz',
  Victoria: 'Tori',
  Alexander: 'Alex',
  Benjamin: 'Ben',
  Samuel: 'Sam',
  Thomas: 'Tom',
  William: 'Will',
  Daniel: 'Dan',
  Amelia: 'Millie',
  Charles: 'Charlie',
  Zach: 'Zachary',
};

/** Distinct full names; each with its gender ('F' or 'M'). */
export function uniqueNames(rng: Random, count: number, avoid: ReadonlySet<string> = new Set()): Array<{ name: string; first: string; gender: 'F' | 'M' }> {
  const used = new Set(avoid);
  const out: Array<{ name: string; first: string; gender: 'F' | 'M' }> = [];
  let attempts = 0;
  while (out.length < count) {
    const gender = rng.chance(0.5) ? 'F' : 'M';
    const first = rng.pick(gender === 'F' ? FEMALE_NAMES : MALE_NAMES);
    // Past the pool's easy combinations, add a middle initial to stay unique.
    const middle = attempts > count * 4 ? ` ${String.fromCharCode(65 + rng.int(0, 25))}.` : '';
    const name = `${first}${middle} ${rng.pick(SURNAMES)}`;
    attempts++;
    if (used.has(name.toLowerCase())) continue;
    used.add(name.toLowerCase());
    out.push({ name, first, gender });
  }
  return out;
}

/** Club names; the first ones are the examples the docs and tests refer to. */
export const CLUB_NAMES = [
  'Choir', 'Robotics', 'Chess', 'Drama', 'Football', 'Basketball', 'Netball', 'Volleyball', 'Badminton', 'Table Tennis',
  'Swimming', 'Athletics', 'Dance', 'Yoga', 'Art Club', 'Photography', 'Film Club', 'Debating', 'Model UN', 'Coding',
  'Electronics', 'Science Club', 'Astronomy', 'Gardening', 'Cooking', 'Baking', 'Knitting', 'Creative Writing', 'Book Club', 'Journalism',
  'Orchestra', 'Jazz Band', 'Rock Band', 'Guitar', 'Ukulele', 'Street Art', 'Pottery', 'Origami', 'Climbing', 'Fencing',
  'Judo', 'Karate', 'Rugby', 'Hockey', 'Cricket', 'Tennis', 'Running Club', 'Cycling', 'Sewing', 'Magic Tricks',
  'Maths Olympiad', 'Languages Cafe', 'Sign Language', 'First Aid', 'Eco Club', 'Animation', 'Game Design', 'Podcasting', 'Comics', 'Board Games',
  'Puzzle Club', 'History Society', 'Philosophy', 'Model Railway', 'Bird Watching', 'Calligraphy', 'Poetry', 'Stage Crew', 'Woodwork', 'Lego Club',
];
