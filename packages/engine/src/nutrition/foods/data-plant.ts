/**
 * Built-in foods: legumes, grains, bread, cereals, starchy vegetables, vegetables and fruit. Same
 * columns and source as data-protein.ts (USDA FoodData Central SR Legacy, 2018; rounded; `label`
 * rows follow typical labels). Cooked weights where the name says so.
 */
export const PLANT_FOODS = `
#legume
Lentils, boiled|116|9|20.1|0.4|7.9|150|3/4 cup|30||
Chickpeas, boiled|164|8.9|27.4|2.6|7.6|150|3/4 cup|30||
Chickpeas, canned, drained|139|7|22.5|2.8|6.4|150|3/4 cup|45||
Black beans, boiled|132|8.9|23.7|0.5|8.7|150|3/4 cup|30||
Kidney beans, boiled|127|8.7|22.8|0.5|6.4|150|3/4 cup|30||
Pinto beans, boiled|143|9|26.2|0.7|9|150|3/4 cup|30||
Navy beans, boiled|140|8.2|26|0.6|10.5|150|3/4 cup|30||
Great northern beans, boiled|118|8.3|21.1|0.5|7|150|3/4 cup|30||
Split peas, boiled|118|8.3|21.1|0.4|8.3|150|3/4 cup|25||
Baked beans, canned, vegetarian|94|4.8|21.1|0.4|4.1|150|1/2 can|40||
Refried beans, canned|91|5.5|15.5|1.2|5.1|150|1/2 can|45||
Mung beans, boiled|105|7|19.2|0.4|7.6|150|3/4 cup|35||
Lima beans, boiled|115|7.8|20.9|0.4|7|150|3/4 cup|40||
Soybeans, boiled|172|18.2|8.4|9|6|100|1/2 cup|40|soy|
Adzuki beans, boiled|128|7.5|24.8|0.1|7.3|150|3/4 cup|50||
Black-eyed peas, boiled|116|7.7|20.8|0.5|6.5|150|3/4 cup|35||
#grain
White rice, long-grain, cooked|130|2.7|28.2|0.3|0.4|180|1 cup|12||
Brown rice, long-grain, cooked|123|2.7|25.6|1|1.6|180|1 cup|15||
Wild rice, cooked|101|4|21.3|0.3|1.8|160|1 cup|60||
Quinoa, cooked|120|4.4|21.3|1.9|2.8|180|1 cup|45||
Couscous, cooked|112|3.8|23.2|0.2|1.4|160|1 cup|25|gluten|
Bulgur, cooked|83|3.1|18.6|0.2|4.5|180|1 cup|20|gluten|
Barley, pearled, cooked|123|2.3|28.2|0.4|3.8|160|1 cup|15|gluten|
Buckwheat groats, cooked|92|3.4|19.9|0.6|2.7|170|1 cup|35||
Millet, cooked|119|3.5|23.7|1|1.3|170|1 cup|25||
Rice noodles, cooked|108|1.8|24|0.2|1|180|1 cup|30||
#pasta
Spaghetti, cooked|158|5.8|30.9|0.9|1.8|180|1 cup|15|gluten|
Whole-wheat spaghetti, cooked|124|5.3|26.5|0.5|4.5|180|1 cup|20|gluten|
Egg noodles, cooked|138|4.5|25.2|2.1|1.2|160|1 cup|20|gluten,eggs|
Corn pasta, gluten-free, cooked|126|2.6|27.9|0.7|4.8|180|1 cup|40||
Soba noodles, cooked|99|5.1|21.4|0.1|0|180|1 cup|45|gluten|
#bread
White bread|266|7.6|50.6|3.3|2.4|60|2 slices|45|gluten|
Whole-wheat bread|252|12.5|42.7|3.5|6|60|2 slices|55|gluten|
Rye bread|259|8.5|48.3|3.3|5.8|60|2 slices|60|gluten|
Sourdough bread|272|10.8|51.9|2.4|2.2|60|2 slices|70|gluten|
Bagel, plain|257|10|50.5|1.6|2.2|100|1 bagel|60|gluten|
English muffin|227|8.9|44.2|1.7|3.5|57|1 muffin|60|gluten|
Pita, white|275|9.1|55.7|1.2|2.2|60|1 pita|55|gluten|
Tortilla, flour|304|8.1|50|7.5|3.5|50|1 tortilla|50|gluten|
Tortilla, corn|218|5.7|44.6|2.9|6.3|50|2 tortillas|40||
Naan|262|8.7|45.4|5.1|2.2|90|1 naan|80|gluten,milk|
Gluten-free bread|246|4|48|4.5|4|60|2 slices|110||label
Rye crispbread|366|7.9|82.2|1.3|16.5|20|2 crispbreads|90|gluten|
#cereal
Oats, rolled, dry|379|13.2|67.7|6.5|10.1|40|1/2 cup|25|gluten|
Oatmeal, cooked with water|71|2.5|12|1.5|1.7|250|1 bowl|10|gluten|
Muesli, no added sugar|363|10|66|7|8|50|1/2 cup|60|gluten,tree_nuts|label
Granola, homemade|489|13.7|53.9|24.3|8.9|50|1/2 cup|80|gluten,tree_nuts|
Corn flakes|357|7.5|84.1|0.4|3.3|30|1 cup|60|gluten|
Bran flakes|321|10.1|80.5|2.5|18|30|3/4 cup|60|gluten|
Shredded wheat|340|11.3|79.9|2.2|12.2|40|2 biscuits|60|gluten|
Puffed rice cereal|383|6|86|1|0.5|30|1 cup|70|gluten|
Toasted oat rings cereal|367|12|73|6.7|10|30|1 cup|70|gluten|label
#starchy_veg
Potato, baked, flesh and skin|93|2.5|21.2|0.1|2.2|200|1 medium|20||
Potato, boiled, without skin|86|1.7|20|0.1|1.8|200|1 medium|20||
Sweet potato, baked|90|2|20.7|0.2|3.3|200|1 medium|30||
Mashed potatoes with milk|83|1.9|17.6|0.6|1.5|200|1 cup|30|milk|
Corn, sweet, cooked|96|3.4|21|1.5|2.4|150|1 cob|30||
Green peas, frozen, boiled|78|5.2|14.3|0.2|4.5|100|2/3 cup|30||frozen
Butternut squash, baked|40|0.9|10.5|0.1|3.2|200|1 cup|35||
Parsnips, boiled|71|1.3|17|0.3|3.6|150|1 cup|45||
Plantain, cooked|116|0.8|31.2|0.2|2.3|150|1 cup|35||
Yam, boiled|116|1.5|27.5|0.1|3.9|150|1 cup|50||
#vegetable
Broccoli, boiled|35|2.4|7.2|0.4|3.3|100|1 cup|50||
Spinach, raw|23|2.9|3.6|0.4|2.2|60|2 cups|90||
Kale, raw|35|2.9|4.4|1.5|4.1|60|2 cups|90||
Romaine lettuce|17|1.2|3.3|0.3|2.1|75|1.5 cups|60||
Iceberg lettuce|14|0.9|3|0.1|1.2|75|1.5 cups|35||
Arugula|25|2.6|3.7|0.7|1.6|40|2 cups|150||
Tomato, raw|18|0.9|3.9|0.2|1.2|120|1 tomato|45||
Cucumber, with peel|15|0.7|3.6|0.1|0.5|100|1/3 cucumber|35||
Bell pepper, red|31|1|6|0.3|2.1|120|1 pepper|70||
Bell pepper, green|20|0.9|4.6|0.2|1.7|120|1 pepper|50||
Carrot, raw|41|0.9|9.6|0.2|2.8|80|1 carrot|20||
Carrots, boiled|35|0.8|8.2|0.2|3|100|2/3 cup|20||
Onion|40|1.1|9.3|0.1|1.7|80|1/2 onion|20||
Zucchini, boiled|15|1.1|2.7|0.4|1|150|1 cup|40||
Eggplant, boiled|35|0.8|8.7|0.2|2.5|150|1 cup|40||
Mushrooms, white, raw|22|3.1|3.3|0.3|1|80|1 cup|90||
Cauliflower, boiled|23|1.8|4.1|0.5|2.3|120|1 cup|45||
Brussels sprouts, boiled|36|2.6|7.1|0.5|2.6|100|2/3 cup|70||
Green beans, boiled|35|1.9|7.9|0.3|3.2|100|2/3 cup|50||
Asparagus, boiled|22|2.4|4.1|0.2|2|100|6 spears|110||
Cabbage, raw|25|1.3|5.8|0.1|2.5|100|1 cup|20||
Red cabbage, raw|31|1.4|7.4|0.2|2.1|100|1 cup|25||
Celery|14|0.7|3|0.2|1.6|60|2 stalks|30|celery|
Beetroot, boiled|44|1.7|10|0.2|2|100|2/3 cup|35||
Leeks, boiled|31|0.8|7.6|0.2|1|100|1 leek|50||
Bok choy, boiled|12|1.6|1.8|0.2|1|100|1 cup|45||
Snow peas, boiled|40|3.3|7.1|0.2|2.8|100|1 cup|90||
Mixed vegetables, frozen, boiled|65|2.9|13.1|0.2|4.4|150|1 cup|30||frozen
Broccoli, frozen, boiled|28|3.1|5.4|0.1|3|100|1 cup|35||frozen
Spinach, frozen, boiled|34|4|4.8|0.9|3.7|100|1/2 cup|35||frozen
Okra, boiled|22|1.9|4.5|0.2|2.5|100|2/3 cup|70||
Artichoke, boiled|53|2.9|12|0.3|5.7|100|1 medium|120||
Radish|16|0.7|3.4|0.1|1.6|50|6 radishes|40||
Watercress|11|2.3|1.3|0.1|0.5|30|1 cup|150||
Swiss chard, boiled|20|1.9|4.1|0.1|2.1|100|2/3 cup|70||
Collard greens, boiled|33|2.7|5.7|0.7|4|100|2/3 cup|60||
Sauerkraut|19|0.9|4.3|0.1|2.9|50|1/3 cup|40||
Kimchi|15|1.1|2.4|0.5|1.6|50|1/3 cup|80|fish|
Fennel|31|1.2|7.3|0.2|3.1|100|1 cup|60||
Turnip, boiled|22|0.7|5.1|0.1|2|100|2/3 cup|30||
Pumpkin, boiled|20|0.7|4.9|0.1|1.1|150|1 cup|30||
Spring onions|32|1.8|7.3|0.2|2.6|15|2 onions|80||
#fruit
Apple|52|0.3|13.8|0.2|2.4|180|1 apple|25||
Banana|89|1.1|22.8|0.3|2.6|120|1 banana|15||
Orange|47|0.9|11.8|0.1|2.4|140|1 orange|30||
Pear|57|0.4|15.2|0.1|3.1|180|1 pear|35||
Grapes|69|0.7|18.1|0.2|0.9|120|1 cup|50||
Strawberries|32|0.7|7.7|0.3|2|150|1 cup|70||
Blueberries|57|0.7|14.5|0.3|2.4|150|1 cup|120||
Blueberries, frozen|51|0.4|12.2|0.6|2.7|150|1 cup|70||frozen
Raspberries|52|1.2|11.9|0.7|6.5|125|1 cup|170||
Blackberries|43|1.4|9.6|0.5|5.3|140|1 cup|140||
Mango|60|0.8|15|0.4|1.6|165|1 cup|50||
Pineapple|50|0.5|13.1|0.1|1.4|165|1 cup|35||
Kiwifruit|61|1.1|14.7|0.5|3|75|1 kiwi|60||
Peach|39|0.9|9.5|0.3|1.5|150|1 peach|45||
Nectarine|44|1.1|10.6|0.3|1.7|140|1 nectarine|50||
Plums|46|0.7|11.4|0.3|1.4|130|2 plums|50||
Cherries, sweet|63|1.1|16|0.2|2.1|140|1 cup|90||
Watermelon|30|0.6|7.6|0.2|0.4|280|2 cups|15||
Cantaloupe|34|0.8|8.2|0.2|0.9|175|1 cup|25||
Honeydew melon|36|0.5|9.1|0.1|0.8|175|1 cup|25||
Grapefruit|42|0.8|10.7|0.1|1.6|200|1/2 grapefruit|30||
Mandarin orange|53|0.8|13.3|0.3|1.8|150|2 mandarins|45||
Apricots|48|1.4|11.1|0.4|2|105|3 apricots|70||
Papaya|43|0.5|10.8|0.3|1.7|150|1 cup|45||
Pomegranate seeds|83|1.7|18.7|1.2|4|90|1/2 cup|150||
Lychees|66|0.8|16.5|0.4|1.3|100|10 lychees|120||
Guava|68|2.6|14.3|1|5.4|100|2 guavas|90||
Passion fruit|97|2.2|23.4|0.7|10.4|50|3 fruits|200||
Avocado|160|2|8.5|14.7|6.7|70|1/2 avocado|80||
Applesauce, unsweetened|42|0.2|11.3|0.1|1.1|120|1/2 cup|30||
Figs, dried|249|3.3|63.9|0.9|9.8|40|3 figs|120||
Dates, Medjool|277|1.8|75|0.2|6.7|48|2 dates|130||
Raisins|299|3.1|79.2|0.5|3.7|40|1/4 cup|60||
Apricots, dried|241|3.4|62.6|0.5|7.3|40|6 halves|110|sulphites|
Prunes|240|2.2|63.9|0.4|7.1|40|4 prunes|90||
Cranberries, dried, sweetened|308|0.1|82.8|1.1|5.3|40|1/4 cup|100||
`;
