// What did Sergey Lavrov propose? Follow the asserted propose edges from him
// and print the names of what they point at.
g.V("<kg:Sergey_Lavrov>").Out("<kg:propose>").Out("<schema:name>").All()
