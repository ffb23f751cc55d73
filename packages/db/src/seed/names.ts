// Common Belgian family and first names, French- and Dutch-speaking, for demo data.
export const lastNames = [
  'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet',
  'Dubois', 'Lambert', 'Dupont', 'Martin', 'Simon', 'Laurent', 'Leclercq', 'Lejeune', 'Renard', 'Lemaire',
  'Vermeulen', 'Van den Broeck', 'Hermans', 'Aerts', 'De Clercq', 'Michiels', 'Smets', 'Desmet', 'Wuyts', 'Stevens',
  'François', 'Denis', 'Collard', 'Gérard', 'Mathieu', 'Noël', 'Hubert', 'Masson', 'Bodart', 'Delvaux',
  'Van Damme', 'Verstraete', 'De Backer', 'Coppens', 'Verhoeven', "D'Hondt", 'Lefèvre', 'Bastin', 'Petit', 'Fontaine',
  'El Amrani', 'Yilmaz', 'Kowalski', 'Rossi', 'Nowak', 'García', 'Öztürk', 'Nguyen', 'Benali', 'Silva',
] as const;

export const maleFirstNames = [
  'Lucas', 'Louis', 'Arthur', 'Noah', 'Adam', 'Jules', 'Victor', 'Liam', 'Thomas', 'Nicolas',
  'Pieter', 'Jan', 'Wouter', 'Bram', 'Koen', 'Stijn', 'Tom', 'Jef', 'Marc', 'Philippe',
  'Jean', 'Michel', 'Pierre', 'Benoît', 'Olivier', 'Mehdi', 'Youssef', 'Mateusz', 'Luca', 'Hugo',
] as const;

export const femaleFirstNames = [
  'Emma', 'Olivia', 'Louise', 'Mila', 'Alice', 'Juliette', 'Elena', 'Camille', 'Léa', 'Chloé',
  'Marie', 'Anne', 'Sofie', 'Lies', 'Els', 'An', 'Katrien', 'Nathalie', 'Isabelle', 'Sarah',
  'Julie', 'Charlotte', 'Hélène', 'Céline', 'Fatima', 'Amina', 'Zeynep', 'Agnieszka', 'Giulia', 'Inès',
] as const;
